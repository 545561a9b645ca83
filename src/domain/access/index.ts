export * from './policy.js';
export * from './roles.js';

export * from './organisation.schemas.js';
export * from './reference.js';

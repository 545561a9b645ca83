export * from './submission.schema.js';
export * from './sharing.api.js';
export * from './submission-state.js';
export * from './receiving.js';
export * from './shares-with-alliance.js';

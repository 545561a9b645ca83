export * from './submission.schema.js';

export * from './framework.schema.js';
export * from './framework.view.js';
export * from './locale-text.js';
export * from './mnr-structure.js';
export * from './parse-framework.js';

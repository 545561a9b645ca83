export * from './assessment-document.schema.js';
export * from './assessment-import.api.js';
export * from './json-syntax.js';
export * from './verify-document.js';

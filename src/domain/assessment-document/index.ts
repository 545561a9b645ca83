export * from './assessment-document.schema.js';

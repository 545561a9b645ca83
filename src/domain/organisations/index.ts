export * from './organisation.schemas.js';
export * from './reference.js';
export * from './country-classification.js';

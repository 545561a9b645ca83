export * from './assessment.api.js';
export * from './common.js';
export * from './sub-domain.api.js';

export * from './assessment.api.js';
export * from './common.js';
export * from './sub-domain.api.js';
export * from './progress.api.js';
export * from './results.api.js';

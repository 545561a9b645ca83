export * from './plan.schemas.js';

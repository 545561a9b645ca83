export * from './candidate-pairs.js';
export * from './exchange.schemas.js';
export * from './proposal-view.js';

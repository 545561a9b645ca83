export * from './assessment-csv.js';
export * from './csv.js';
export * from './neutralise-formula.js';

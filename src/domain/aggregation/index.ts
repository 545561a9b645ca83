export * from './aggregation.results.js';
export * from './aggregation.schemas.js';
export { compareCycleLabels } from './cycle-order.js';
export { UNCLASSIFIED } from './dimensions.js';
export { ConflictingSubmissionsError } from './distinct-countries.js';
export * from './stage-distributions.js';
export * from './stage-trends.js';
export * from './support-interest.js';
export {
  DEFAULT_THRESHOLD,
  MIN_THRESHOLD,
  SuppressionThresholdError,
  suppressionThresholdSchema,
} from './threshold.js';

import {
  stageDistributionsSchema,
  stageTrendsSchema,
  supportInterestSchema,
  type Dimension,
} from '../../../../domain/aggregation/index.js';
import { getJson } from '../../../api/client.js';

export const DASHBOARD_PATH = '/secretariat/dashboard';

const BASE = '/api/secretariat/aggregates';

export const aggregatesApi = {
  distributions: (by: Dimension) =>
    getJson(`${BASE}?by=${encodeURIComponent(by)}`, stageDistributionsSchema),
  trends: () => getJson(`${BASE}/trends`, stageTrendsSchema),
  supportInterest: () => getJson(`${BASE}/support-interest`, supportInterestSchema),
};

/** The download addresses; the browser sends the session cookie with a plain link. */
export function exportUrl(format: 'csv' | 'xlsx', by: Dimension): string {
  return `${BASE}/export?format=${format}&by=${encodeURIComponent(by)}`;
}

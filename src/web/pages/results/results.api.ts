import { resultsSummarySchema } from '../../../domain/assessment/api/index.js';
import { getJson } from '../../api/client.js';
import { assessmentApiPath, assessmentPath } from '../../assessments/paths.js';

export function resultsPath(assessmentId: string): string {
  return `${assessmentPath(assessmentId)}/results`;
}

export const resultsApi = {
  summary: (assessmentId: string) =>
    getJson(`${assessmentApiPath(assessmentId)}/results`, resultsSummarySchema),
};

import {
  cycleComparisonSchema,
  nationalViewSchema,
  organisationProgressSchema,
} from '../../../domain/assessment/api/index.js';
import { getJson } from '../../api/client.js';
import { organisationApiPath, organisationPath } from '../../organisations/paths.js';

export function progressPath(organisationId: string): string {
  return `${organisationPath(organisationId)}/progress`;
}

export function comparePath(organisationId: string, earlier: string, later: string): string {
  const query = new URLSearchParams({ earlier, later });
  return `${organisationPath(organisationId)}/compare?${query.toString()}`;
}

export function nationalPath(organisationId: string): string {
  return `${organisationPath(organisationId)}/national`;
}

export const progressApi = {
  progress: (organisationId: string) =>
    getJson(`${organisationApiPath(organisationId)}/progress`, organisationProgressSchema),
  comparison: (organisationId: string, earlier: string, later: string) =>
    getJson(
      `${organisationApiPath(organisationId)}/comparison?${new URLSearchParams({ earlier, later }).toString()}`,
      cycleComparisonSchema,
    ),
  nationalView: (organisationId: string) =>
    getJson(`${organisationApiPath(organisationId)}/national-view`, nationalViewSchema),
};

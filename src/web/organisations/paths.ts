/** The addresses of organisation pages and API resources, in one place so links and routes agree. */
export const ORGANISATIONS_PATH = '/organisations';
export const NEW_ORGANISATION_PATH = '/organisations/new';

export function organisationPath(organisationId: string): string {
  return `${ORGANISATIONS_PATH}/${encodeURIComponent(organisationId)}`;
}

export function organisationApiPath(organisationId: string): string {
  return `/api/organisations/${encodeURIComponent(organisationId)}`;
}

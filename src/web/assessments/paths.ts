/** The addresses of assessment pages and API resources, in one place so links and routes agree. */
export function assessmentPath(assessmentId: string): string {
  return `/assessments/${encodeURIComponent(assessmentId)}`;
}

export function workspacePath(assessmentId: string, subDomainKey: string): string {
  return `${assessmentPath(assessmentId)}/sub-domains/${encodeURIComponent(subDomainKey)}`;
}

export function assessmentApiPath(assessmentId: string): string {
  return `/api${assessmentPath(assessmentId)}`;
}

export function evidenceFilePath(assessmentId: string, fileId: string): string {
  return `${assessmentApiPath(assessmentId)}/files/${encodeURIComponent(fileId)}`;
}

export function assessmentEventsPath(assessmentId: string): string {
  return `${assessmentApiPath(assessmentId)}/events`;
}

/** The Model National Response framework is the default; other frameworks are imported ones. */
export const DEFAULT_FRAMEWORK_KEY = 'mnr';

/** The addresses of framework pages, in one place so links and routes agree. */
export function frameworkPath(frameworkKey: string): string {
  return `/frameworks/${encodeURIComponent(frameworkKey)}`;
}

export function subDomainPath(frameworkKey: string, subDomainKey: string): string {
  return `${frameworkPath(frameworkKey)}/sub-domains/${encodeURIComponent(subDomainKey)}`;
}

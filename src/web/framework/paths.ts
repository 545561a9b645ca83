/** The addresses of framework pages, in one place so links and routes agree. */
export function frameworkPath(frameworkKey: string): string {
  return `/frameworks/${encodeURIComponent(frameworkKey)}`;
}

export function subDomainPath(frameworkKey: string, subDomainKey: string): string {
  return `${frameworkPath(frameworkKey)}/sub-domains/${encodeURIComponent(subDomainKey)}`;
}

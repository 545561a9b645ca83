export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function addHours(date: Date, hours: number): Date {
  return addMinutes(date, hours * 60);
}

/** "2026-12-10 14:05 UTC": how a person reads an expiry in a message. */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * "2026-12-04T171805Z": a moment in a file name, in UTC to the second, so files made the same
 * day (or minute) have names of their own. No ':', which Windows refuses in file names.
 */
export function fileNameTime(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replaceAll(':', '') + 'Z';
}

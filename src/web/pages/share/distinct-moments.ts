type Moment = { id: string; at: string };

export type MomentFormats = {
  /** As moments are written elsewhere: the date and the time to the minute. */
  toMinute: (iso: string) => string;
  /** The same with the seconds. */
  toSecond: (iso: string) => string;
  /** A moment several share to the second, with its number among them (1 made first). */
  numbered: (when: string, number: number, count: number) => string;
};

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/**
 * How each moment of a list is written so that none reads like another: to the minute, or to
 * the second where two share the minute, and numbered in the order made where two share even
 * the second. Buttons named after them ("Download the submission of …") then each say which
 * one they act on, to a screen reader too. Returns the text by id.
 */
export function distinctMoments(
  moments: readonly Moment[],
  formats: MomentFormats,
): Map<string, string> {
  const byMinute = groupBy(moments, (moment) => formats.toMinute(moment.at));
  const written = moments.map((moment) => ({
    ...moment,
    text:
      (byMinute.get(formats.toMinute(moment.at))?.length ?? 0) > 1
        ? formats.toSecond(moment.at)
        : formats.toMinute(moment.at),
  }));
  const texts = new Map<string, string>();
  for (const [text, same] of groupBy(written, (moment) => moment.text)) {
    const inOrder = [...same].sort(
      (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id),
    );
    inOrder.forEach((moment, index) =>
      texts.set(moment.id, same.length > 1 ? formats.numbered(text, index + 1, same.length) : text),
    );
  }
  return texts;
}

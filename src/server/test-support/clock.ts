/** A clock tests move by hand, passed to the app as `config.now`. */
export function testClock(start = new Date('2026-03-02T09:00:00.000Z')) {
  let current = start;
  return {
    now: () => current,
    advanceMinutes: (minutes: number) => {
      current = new Date(current.getTime() + minutes * 60_000);
    },
  };
}

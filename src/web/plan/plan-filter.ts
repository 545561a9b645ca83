import type { PlanItemView } from '../../domain/plan/plan.schemas.js';

/** What the person narrowed the plan to; an empty value shows everything. */
export type PlanFilter = { capabilityKey: string; ownerBody: string; status: string };

export const NO_FILTER: PlanFilter = { capabilityKey: '', ownerBody: '', status: '' };

export function filterPlanItems(
  items: readonly PlanItemView[],
  filter: PlanFilter,
): PlanItemView[] {
  return items.filter(
    (item) =>
      (!filter.capabilityKey || item.capabilityKey === filter.capabilityKey) &&
      (!filter.ownerBody || item.ownerBody === filter.ownerBody) &&
      (!filter.status || item.status === filter.status),
  );
}

/** The owners named in the plan, each once, in the order of the locale. */
export function ownersOf(items: readonly PlanItemView[], locale: string): string[] {
  const owners = new Set(items.map((item) => item.ownerBody).filter((owner) => owner !== ''));
  return [...owners].sort(new Intl.Collator(locale).compare);
}

/** A month as a number that grows by one each month, from a calendar date `YYYY-MM-DD`. */
export function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export type TimelineRow = { item: PlanItemView; from: number; to: number };

/**
 * Items with a date placed on a month axis: an item with one date takes that month; the axis
 * spans the earliest to the latest month. Items without dates are returned apart.
 */
export function timelineOf(items: readonly PlanItemView[]): {
  first: number;
  months: number;
  rows: TimelineRow[];
  unscheduled: PlanItemView[];
} {
  const rows: TimelineRow[] = [];
  const unscheduled: PlanItemView[] = [];
  for (const item of items) {
    const start = item.startDate ?? item.targetDate;
    const end = item.targetDate ?? item.startDate;
    if (!start || !end) unscheduled.push(item);
    else rows.push({ item, from: monthIndex(start), to: monthIndex(end) });
  }
  rows.sort((a, b) => a.from - b.from || a.to - b.to);
  const first = Math.min(...rows.map((row) => row.from));
  const last = Math.max(...rows.map((row) => row.to));
  return { first, months: rows.length ? last - first + 1 : 0, rows, unscheduled };
}

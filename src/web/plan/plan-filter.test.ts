import { describe, expect, it } from 'vitest';
import type { PlanItemView } from '../../domain/plan/plan.schemas.js';
import { filterPlanItems, NO_FILTER, ownersOf, timelineOf } from './plan-filter.js';

function item(patch: Partial<PlanItemView>): PlanItemView {
  return {
    id: patch.title ?? 'x',
    title: 'x',
    description: '',
    subDomainKey: 'leadership',
    capabilityKey: 'policy-governance',
    indicatorKeys: [],
    targetStage: null,
    ownerBody: '',
    contact: '',
    priority: 'medium',
    startDate: null,
    targetDate: null,
    status: 'not-started',
    resourcesNote: '',
    fromSuggestion: null,
    createdAt: '2026-01-01T00:00:00Z',
    stamp: {
      version: 1,
      updatedAt: '2026-01-01T00:00:00Z',
      updatedBy: { id: 'u', displayName: 'U' },
    },
    ...patch,
  };
}

describe('the plan filters and timeline', () => {
  const items = [
    item({ title: 'a', ownerBody: 'Police', status: 'done', capabilityKey: 'criminal-justice' }),
    item({ title: 'b', ownerBody: 'Ministry', status: 'done' }),
    item({ title: 'c', ownerBody: 'Police', status: 'blocked' }),
  ];

  it('combines capability, owner and status', () => {
    expect(filterPlanItems(items, NO_FILTER)).toHaveLength(3);
    expect(filterPlanItems(items, { ...NO_FILTER, status: 'done' }).map((i) => i.title)).toEqual([
      'a',
      'b',
    ]);
    expect(
      filterPlanItems(items, {
        capabilityKey: 'policy-governance',
        ownerBody: 'Police',
        status: '',
      }),
    ).toEqual([items[2]]);
    expect(ownersOf(items, 'en')).toEqual(['Ministry', 'Police']);
  });

  it('places dated items on a month axis and keeps undated ones apart', () => {
    const timeline = timelineOf([
      item({ title: 'late', startDate: '2027-03-10', targetDate: '2027-05-01' }),
      item({ title: 'early', startDate: '2026-11-30', targetDate: null }),
      item({ title: 'none' }),
    ]);
    expect(timeline.months).toBe(7);
    expect(
      timeline.rows.map((row) => [
        row.item.title,
        row.from - timeline.first,
        row.to - timeline.first,
      ]),
    ).toEqual([
      ['early', 0, 0],
      ['late', 4, 6],
    ]);
    expect(timeline.unscheduled.map((i) => i.title)).toEqual(['none']);
    expect(timelineOf([]).months).toBe(0);
  });
});

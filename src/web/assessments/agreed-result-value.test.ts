import { describe, expect, it } from 'vitest';
import type { AgreedResult } from '../../domain/assessment/index.js';
import { resultOfValue, resultRecord, valueOfResult } from './agreed-result-value.js';

describe('an agreed result in its form', () => {
  const results: AgreedResult[] = [
    { kind: 'stage', stage: 3, rationale: 'Integration work is done.' },
    { kind: 'not-applicable', reason: 'No offender programmes exist in law.' },
    { kind: 'not-assessed' },
  ];

  it('comes back as the same result', () => {
    for (const result of results) expect(resultOfValue(valueOfResult(result))).toEqual(result);
  });

  it('holds the rationale or the reason in the one text', () => {
    expect(valueOfResult(results[0] as AgreedResult)).toEqual({
      choice: '3',
      text: 'Integration work is done.',
    });
    expect(valueOfResult(results[1] as AgreedResult).choice).toBe('not-applicable');
  });

  it('is based on the version of whoever set it, or on nothing yet', () => {
    const stamp = {
      version: 4,
      updatedAt: '2026-12-10T10:00:00.000Z',
      updatedBy: { id: 'u1', displayName: 'Fola' },
    };
    expect(resultRecord({ kind: 'not-assessed' }, null).version).toBeNull();
    expect(resultRecord(results[0] as AgreedResult, stamp).version).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiErrorFromResponse } from './api-error.js';
import { currentFromConflict } from './conflict.js';

const schema = z.object({ version: z.number(), name: z.string() });

function conflict(extra: Record<string, unknown>, status = 409) {
  return apiErrorFromResponse(status, {
    type: '/problems/conflict',
    title: 'Conflict',
    status,
    detail: 'Changed by someone else.',
    ...extra,
  });
}

describe('currentFromConflict', () => {
  it('reads the current record a stale write was refused with', () => {
    const error = conflict({ current: { version: 4, name: 'Theirs' } });
    expect(currentFromConflict(error, schema)).toEqual({ version: 4, name: 'Theirs' });
  });

  it('finds nothing in a conflict without a current record, or in another failure', () => {
    expect(currentFromConflict(conflict({}), schema)).toBeUndefined();
    expect(currentFromConflict(conflict({ current: { version: 'x' } }), schema)).toBeUndefined();
    const notAConflict = conflict({ current: { version: 4, name: 'x' } }, 422);
    expect(currentFromConflict(notAConflict, schema)).toBeUndefined();
    expect(currentFromConflict(new Error('boom'), schema)).toBeUndefined();
  });
});

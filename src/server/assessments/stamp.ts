import { omit } from '../shared/records.js';
import type { ChangeStamp } from '../../domain/assessment/api/index.js';

/** The columns of an editable record joined with the name of whoever changed it last. */
export type StampedRow = {
  version: number;
  updated_at: string;
  updated_by: string;
  updated_by_name: string;
};

export function stampOf(row: StampedRow): ChangeStamp {
  return {
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: { id: row.updated_by, displayName: row.updated_by_name },
  };
}

/** The record without the joined name, as the audit event digests it. */
export function withoutName<T extends { updated_by_name: string }>(
  row: T,
): Omit<T, 'updated_by_name'> {
  return omit(row, 'updated_by_name');
}

/**
 * Table types. Timestamps are ISO 8601 UTC strings and calendar dates are `YYYY-MM-DD` strings on
 * both databases, so nothing is shifted by a time zone and both dialects read back the same values.
 */
export interface FrameworkTable {
  id: string;
  key: string;
  version: string;
  title: string;
  checksum: string;
  content: string;
  loaded_at: string;
}

export interface Database {
  frameworks: FrameworkTable;
}

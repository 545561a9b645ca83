import type { IndicatorRatings, IndicatorStatus } from '../../domain/assessment/index.js';
import type {
  EvidenceFile,
  EvidenceLink,
  IndicatorRatingView,
} from '../../domain/assessment/api/index.js';
import type { FileRow, LinkRow } from '../evidence/evidence.repository.js';
import type { RatingRow } from './indicator-rating.repository.js';
import { stampOf } from './stamp.js';

export function presentLink(row: LinkRow): EvidenceLink {
  return {
    id: row.id,
    url: row.url,
    label: row.label,
    addedBy: { id: row.added_by, displayName: row.added_by_name },
    addedAt: row.added_at,
  };
}

export function presentFile(row: FileRow): EvidenceFile {
  return {
    id: row.id,
    name: row.name,
    mediaType: row.media_type,
    bytes: row.bytes,
    sha256: row.sha256,
    addedBy: { id: row.added_by, displayName: row.added_by_name },
    addedAt: row.added_at,
  };
}

/** An indicator as the group sees it; one nobody has touched is unrated with no evidence. */
export function presentRating(
  indicatorKey: string,
  rating: RatingRow | undefined,
  links: readonly LinkRow[],
  files: readonly FileRow[],
): IndicatorRatingView {
  return {
    key: indicatorKey,
    status: rating?.status ?? null,
    evidenceText: rating?.evidence_text ?? '',
    links: links.map(presentLink),
    files: files.map(presentFile),
    stamp: rating ? stampOf(rating) : null,
  };
}

/** Groups rows by indicator key, so a sub-domain's evidence is fetched in one query each. */
export function byIndicator<T extends { indicator_key: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.indicator_key);
    if (group) group.push(row);
    else groups.set(row.indicator_key, [row]);
  }
  return groups;
}

/** Statuses keyed by indicator key, as the domain rules take them; unrated indicators are absent. */
export function ratingsByKey(
  rows: readonly { indicator_key: string; status: IndicatorStatus | null }[],
): IndicatorRatings {
  const ratings: Record<string, IndicatorStatus> = {};
  for (const row of rows) if (row.status) ratings[row.indicator_key] = row.status;
  return ratings;
}

import {
  presentFramework,
  validateFramework,
  type FrameworkSummary,
  type FrameworkView,
  type LocaleText,
} from '../../domain/framework/index.js';
import type { Db } from '../db/database.js';
import { NotFoundError } from '../http/problems.js';
import { frameworkRepository, type StoredFramework } from './framework.repository.js';

export async function listFrameworks(db: Db): Promise<FrameworkSummary[]> {
  const rows = await frameworkRepository(db).listAll();
  return rows.map((row) => ({
    key: row.key,
    version: row.version,
    title: JSON.parse(row.title) as LocaleText,
    checksum: row.checksum,
    loadedAt: row.loaded_at,
  }));
}

/** A framework by key: the given version, or the latest loaded one. */
export async function getFramework(db: Db, key: string, version?: string): Promise<FrameworkView> {
  const frameworks = frameworkRepository(db);
  const row = version
    ? await frameworks.findByKeyAndVersion(key, version)
    : await frameworks.findLatest(key);
  if (!row) {
    throw new NotFoundError(
      version
        ? `Framework "${key}" has no version "${version}".`
        : `There is no framework "${key}".`,
    );
  }
  return present(row);
}

/**
 * The JSON body of a presented framework, written once per view. Checking this large, already
 * validated view against the response schema on every request took most of the route's time.
 */
const bodies = new WeakMap<FrameworkView, string>();

export function frameworkJson(view: FrameworkView): string {
  let body = bodies.get(view);
  if (body === undefined) {
    body = JSON.stringify(view);
    bodies.set(view, body);
  }
  return body;
}

/**
 * A stored version never changes (its checksum proves it), so each is validated and shaped once
 * per process; keyed by checksum, a re-imported database can never be served stale text.
 */
const presented = new Map<string, FrameworkView>();

function present(row: StoredFramework): FrameworkView {
  const cacheKey = `${row.key}@${row.version}#${row.checksum}@${row.loaded_at}`;
  const cached = presented.get(cacheKey);
  if (cached) return cached;
  const framework = validateFramework(
    JSON.parse(row.content),
    `stored framework ${row.key} ${row.version}`,
  );
  const view = presentFramework(framework, { checksum: row.checksum, loadedAt: row.loaded_at });
  presented.set(cacheKey, view);
  return view;
}

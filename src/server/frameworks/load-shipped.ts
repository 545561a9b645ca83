import type { Db } from '../db/database.js';
import { importFramework, type ImportOutcome } from './framework.commands.js';
import { readFrameworkFile, shippedFrameworkFiles } from './framework-file.js';

/** Validates and stores every framework file shipped in `frameworks/`. */
export async function loadShippedFrameworks(db: Db, dir?: string): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of await shippedFrameworkFiles(dir)) {
    outcomes.push(await importFramework(db, await readFrameworkFile(file)));
  }
  return outcomes;
}

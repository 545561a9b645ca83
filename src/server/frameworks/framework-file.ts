import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FrameworkFileError,
  parseFramework,
  type Framework,
} from '../../domain/framework/index.js';

/** The folder of framework files shipped with the application. */
export const SHIPPED_FRAMEWORKS_DIR = fileURLToPath(
  new URL('../../../frameworks/', import.meta.url),
);

export async function readFrameworkFile(file: string): Promise<Framework> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new FrameworkFileError(file, [
      {
        path: '$',
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      },
    ]);
  }
  return parseFramework(text, file);
}

export async function shippedFrameworkFiles(dir = SHIPPED_FRAMEWORKS_DIR): Promise<string[]> {
  const names = await fs.readdir(dir);
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

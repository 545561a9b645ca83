import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './io.js';

/** The reason a file system call failed, as a person reads it (no errno, no stack). */
function reasonOf(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** What is at `place`, or undefined when nothing is (or a file stands where a folder should). */
function statOf(place: string): fs.Stats | undefined {
  try {
    return fs.statSync(place);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new CliError(`Cannot check ${place} (${reasonOf(error)}). Choose another path.`);
  }
}

/**
 * Checks that `file` can be written, and returns its absolute path. Commands that record
 * something (a submission, a withdrawal) call this first, so a mistyped --out is refused before
 * anything changes rather than after.
 */
export function writableOutput(file: string, option = '--out'): string {
  const out = path.resolve(file);
  const folder = path.dirname(out);
  const stats = statOf(out);
  if (stats?.isDirectory()) {
    throw new CliError(
      `${option} ${out} is a folder; give a file name in it, such as ${path.join(out, 'file.json')}.`,
    );
  }
  const folderStats = statOf(folder);
  if (!folderStats) {
    throw new CliError(
      `${option} ${out}: the folder ${folder} does not exist. Create it, or choose a file in a folder that exists.`,
    );
  }
  if (!folderStats.isDirectory()) {
    throw new CliError(`${option} ${out}: ${folder} is a file, not a folder. Choose another path.`);
  }
  try {
    fs.accessSync(stats ? out : folder, fs.constants.W_OK);
  } catch {
    throw new CliError(
      stats
        ? `${option} ${out}: the file cannot be written (permission denied). Choose another file, or make it writable.`
        : `${option} ${out}: you cannot write in the folder ${folder} (permission denied). Choose a folder you can write in.`,
    );
  }
  return out;
}

/**
 * Writes `content` to `out` (checked by `writableOutput`). Should it still fail (the disk full,
 * the folder removed meanwhile), `afterwards` tells the person what was already done and how to
 * get the file again.
 */
export function writeOutput(out: string, content: string | Buffer, afterwards: string): void {
  try {
    fs.writeFileSync(out, content);
  } catch (error) {
    throw new CliError(`Could not write ${out} (${reasonOf(error)}). ${afterwards}`);
  }
}

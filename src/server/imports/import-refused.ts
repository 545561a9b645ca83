import type { DocumentProblem } from '../../domain/assessment-document/index.js';
import { AppError } from '../http/problems.js';

/** A file that cannot be imported: every problem with where it is. Nothing has been written. */
export class ImportRefusedError extends AppError {
  constructor(
    readonly fileName: string,
    readonly problems: readonly DocumentProblem[],
  ) {
    super(
      422,
      'import-refused',
      'The file cannot be imported',
      `${fileName} cannot be imported, and nothing was changed: ${problems
        .slice(0, 3)
        .map((entry) => `${entry.where}: ${entry.problem}`)
        .join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}.`,
      { problems },
    );
    this.name = 'ImportRefusedError';
  }
}

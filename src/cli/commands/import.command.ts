import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { userRepository } from '../../server/accounts/user.repository.js';
import { actorOf, presentSessionUser } from '../../server/accounts/session.presenter.js';
import { inProcessChangeBus } from '../../server/realtime/change-bus.js';
import { importAssessment } from '../../server/imports/assessment-import.commands.js';
import { importTypeOfName, readImportFile } from '../../server/imports/import-file.js';
import { ImportRefusedError } from '../../server/imports/import-refused.js';
import { membershipRepository } from '../../server/organisations/membership.repository.js';
import { CliError, type CliIo } from '../io.js';
import { withDatabase } from '../with-database.js';

export function importCommand(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('Import an exported assessment as a new draft assessment of an organisation.')
    .argument(
      '<file>',
      'a JSON export (.json) or an exported Excel workbook (.xlsx), edited or not',
    )
    .requiredOption('--organisation <id>', 'the organisation to add it to (see "mnr org list")')
    .requiredOption('--as <email>', 'who is recorded as importing it: a lead of that organisation')
    .addHelpText(
      'after',
      `
The file is checked first: a file that is not valid, was changed after export, or was made
against a framework version this instance does not store is refused with every problem and where
it is, and nothing is written. Evidence files whose content this instance does not store are
left out and listed.

Example:
  mnr import national-assessment-2026.json --organisation 0b7e… --as lead@justice.example.gov`,
    )
    .action(async (file: string, options: { organisation: string; as: string }) => {
      const type = importTypeOfName(file);
      if (!type)
        throw new CliError(
          `${file}: give a .json file or an .xlsx workbook exported from an assessment.`,
        );
      let bytes: Buffer;
      try {
        bytes = await fs.promises.readFile(file);
      } catch {
        throw new CliError(`${file}: cannot read the file.`);
      }
      const result = await withDatabase(io, async (store, config) => {
        const user = await userRepository(store.db).findByEmail(options.as.toLowerCase());
        if (!user) throw new CliError(`There is no account with email ${options.as}.`);
        const memberships = await membershipRepository(store.db).listForUser(user.id);
        const actor = actorOf(presentSessionUser(user, memberships));
        try {
          const importable = await readImportFile(store.db, {
            name: path.basename(file),
            type,
            bytes,
          });
          return await importAssessment(
            {
              store,
              // An import creates a new assessment, which nobody can be listening to yet.
              changes: inProcessChangeBus(),
              actor,
              now: config.now(),
              dataDir: config.dataDir,
            },
            options.organisation,
            importable,
          );
        } catch (error) {
          if (!(error instanceof ImportRefusedError)) throw error;
          throw new CliError(
            [
              `${file} cannot be imported; nothing was changed:`,
              ...error.problems.map(
                (problem) => `  ${file} at ${problem.where}: ${problem.problem}`,
              ),
            ].join('\n'),
          );
        }
      });
      io.out(`Imported “${result.title}” as a new draft assessment: ${result.assessmentId}`);
      if (result.leftOutFiles.length > 0) {
        io.out(
          [
            'These evidence files were left out, because their content is not stored on this instance:',
            ...result.leftOutFiles.map(
              (left) => `  ${left.indicatorKey}: ${left.name} (sha256 ${left.sha256})`,
            ),
          ].join('\n'),
        );
      }
    });
}

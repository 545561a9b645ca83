import fs from 'node:fs';
import type { Command } from 'commander';
import { receiveSubmission } from '../../server/secretariat/intake.commands.js';
import { CliError, type CliIo } from '../io.js';
import { withDatabase } from '../with-database.js';

const OUTCOMES = {
  stored: 'Stored',
  replaced: 'Stored, replacing the older submission for the same country and cycle:',
  unchanged: 'Already held, nothing changed:',
} as const;

export function secretariatImportCommand(secretariat: Command, io: CliIo): void {
  secretariat
    .command('import')
    .description('Verify a submission file a country sent and hold it (one per country and cycle).')
    .argument('<file>', 'the signed submission (JSON) as the country downloaded it')
    .addHelpText(
      'after',
      '\nA file whose signature does not match, or in a format this version does not know, is refused\nwith the reason and exit code 1. A newer submission for the same country and cycle replaces\nthe one held; an older one is refused.',
    )
    .action(async (file: string) => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (error) {
        throw new CliError(
          `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
        );
      }
      const receipt = await withDatabase(io, (store, config) =>
        receiveSubmission(store, config.now(), text, {
          actor: 'system:cli',
          via: 'cli',
          organisationId: null,
          detail: { file },
        }),
      );
      const { submission } = receipt;
      io.out(
        `${OUTCOMES[receipt.outcome]} ${submission.countryName} (${submission.countryCode}), cycle ${submission.cycle}, submission ${submission.id}.`,
      );
    });
}

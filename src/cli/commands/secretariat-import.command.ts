import fs from 'node:fs';
import type { Command } from 'commander';
import type { FileReceipt } from '../../domain/sharing/index.js';
import { receiveFile } from '../../server/secretariat/intake.commands.js';
import { CliError, type CliIo } from '../io.js';
import { withDatabase } from '../with-database.js';

const OUTCOMES = {
  stored: 'Stored',
  replaced: 'Stored, replacing the older submission for the same country and cycle:',
  unchanged: 'Already held, nothing changed:',
} as const;

function describe(receipt: FileReceipt): string {
  if (receipt.kind === 'withdrawal') {
    const { submission } = receipt;
    return submission
      ? `Withdrawn: deleted the submission of ${submission.countryName} (${submission.countryCode}), cycle ${submission.cycle}, submission ${submission.id}.`
      : `Withdrawal of submission ${receipt.submissionId} recorded. No copy of it is held; its file will be refused if it arrives from the same sender.`;
  }
  const { submission } = receipt;
  return `${OUTCOMES[receipt.outcome]} ${submission.countryName} (${submission.countryCode}), cycle ${submission.cycle}, submission ${submission.id}.`;
}

export function secretariatImportCommand(secretariat: Command, io: CliIo): void {
  secretariat
    .command('import')
    .description(
      'Verify a file a country sent: a submission to hold (one per country and cycle), or the withdrawal of one, which deletes it.',
    )
    .argument('<file>', 'the signed submission or withdrawal (JSON) as the country downloaded it')
    .addHelpText(
      'after',
      '\nA file whose signature does not match, or in a format this version does not know, is refused\nwith the reason and exit code 1. A newer submission for the same country and cycle replaces\nthe one held; an older one is refused, and so is a submission its sender has withdrawn.',
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
        receiveFile(store, config.now(), text, {
          actor: 'system:cli',
          via: 'cli',
          organisationId: null,
          detail: { file },
        }),
      );
      io.out(describe(receipt));
    });
}

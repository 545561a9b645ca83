import type { Command } from 'commander';
import { removeReceivedSubmission } from '../../server/secretariat/submission.commands.js';
import type { CliIo } from '../io.js';
import { withDatabase } from '../with-database.js';

/** `mnr secretariat remove SUBMISSION_ID`: as "Remove this submission" on its page. */
export function secretariatRemoveCommand(secretariat: Command, io: CliIo): void {
  secretariat
    .command('remove')
    .description('Remove a submission the secretariat holds; the removal is audited.')
    .argument('<submission-id>', 'the id `mnr secretariat list` shows')
    .addHelpText(
      'after',
      "\nFor a submission that should not be held, such as one signed by a key the country does not\nknow or dated in the future, or the one held when a country's instance changed its key (check\nthe new key's fingerprint with the country first). Unlike a withdrawal, the same file is taken\nagain if it comes in again.",
    )
    .action(async (submissionId: string) => {
      const removed = await withDatabase(io, (store, config) =>
        removeReceivedSubmission(store, config.now(), 'system:cli', submissionId),
      );
      io.out(
        `Removed the submission of ${removed.countryName} (${removed.countryCode}), cycle ${removed.cycle}, submission ${removed.id}.`,
      );
    });
}

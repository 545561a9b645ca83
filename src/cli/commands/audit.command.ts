import type { Command } from 'commander';
import { verifyAuditChain } from '../../server/audit/audit.queries.js';
import { CliError, type CliIo } from '../io.js';
import { withDatabase } from '../with-database.js';

export function auditCommand(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('Check the audit trail.');

  audit
    .command('verify')
    .description('Check that no audit event was changed, removed or reordered.')
    .addHelpText(
      'after',
      '\nEach event carries the hash of the one before it, so a change anywhere breaks the chain' +
        '\nfrom that event on. Exits with status 1 and names the first broken event.',
    )
    .action(async () => {
      const report = await withDatabase(io, (store) => verifyAuditChain(store.db));
      if (report.intact) {
        io.out(`The audit trail is intact: ${report.count} event(s) checked.`);
        return;
      }
      const { seq, id, action, problem } = report.broken;
      throw new CliError(
        `The audit trail is broken at event #${seq} (id ${id}, ${action}): ${problem}. ` +
          `The ${report.count} event(s) before it are intact.`,
      );
    });
}

import type { Command } from 'commander';
import { createIntakeTokenSchema } from '../../domain/sharing/index.js';
import type { IntakeToken } from '../../domain/sharing/index.js';
import {
  createIntakeToken,
  listIntakeTokens,
  revokeIntakeToken,
} from '../../server/secretariat/intake-token.commands.js';
import { formatUtc } from '../../server/shared/time.js';
import type { CliIo } from '../io.js';
import { parseOption } from '../parse-option.js';
import { formatTable } from '../table.js';
import { withDatabase } from '../with-database.js';

function table(tokens: IntakeToken[]): string {
  return formatTable(
    ['ID', 'LABEL', 'ISSUED', 'REVOKED'],
    tokens.map((token) => [
      token.id,
      token.label,
      formatUtc(token.createdAt),
      token.revokedAt ? formatUtc(token.revokedAt) : '-',
    ]),
  );
}

export function secretariatTokenCommand(secretariat: Command, io: CliIo): void {
  const token = secretariat
    .command('token')
    .description('Intake tokens: what a country instance sends its submissions with.');

  token
    .command('create')
    .description('Issue an intake token; it is printed once, only its hash is kept.')
    .requiredOption('--label <label>', 'who the token is for, e.g. the country')
    .addHelpText(
      'after',
      '\nGive the token to the country; on its instance set SECRETARIAT_URL to this instance’s address\nand SECRETARIAT_TOKEN to the token.',
    )
    .action(async (options: { label: string }) => {
      const { label } = parseOption(createIntakeTokenSchema, { label: options.label }, '--label');
      const created = await withDatabase(io, (store, config) =>
        createIntakeToken(store, config.now(), 'system:cli', label),
      );
      io.out(created.token);
      io.err(`Intake token "${created.label}" (id ${created.id}) created; it is not shown again.`);
    });

  token
    .command('list')
    .description('List the intake tokens issued, newest first, with their ids (never the tokens).')
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { json?: boolean }) => {
      const tokens = await withDatabase(io, (store) => listIntakeTokens(store.db));
      if (options.json) io.out(JSON.stringify(tokens, null, 2));
      else if (tokens.length === 0) io.out('No intake token has been issued.');
      else io.out(table(tokens));
    });

  token
    .command('revoke')
    .description('Revoke an intake token: what is sent with it is refused from now on.')
    .argument('<token-id>', 'the id `mnr secretariat token list` shows')
    .action(async (tokenId: string) => {
      const revoked = await withDatabase(io, (store, config) =>
        revokeIntakeToken(store, config.now(), 'system:cli', tokenId),
      );
      io.out(
        `Revoked intake token "${revoked.label}" (id ${revoked.id}): submissions and withdrawals sent with it are refused from now on.`,
      );
    });
}

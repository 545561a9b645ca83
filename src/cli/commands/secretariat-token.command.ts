import type { Command } from 'commander';
import { createIntakeTokenSchema } from '../../domain/sharing/index.js';
import { createIntakeToken } from '../../server/secretariat/intake-token.commands.js';
import type { CliIo } from '../io.js';
import { parseOption } from '../parse-option.js';
import { withDatabase } from '../with-database.js';

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
}

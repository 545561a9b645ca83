import { Option, type Command } from 'commander';
import { displayNameSchema, emailSchema, newPasswordSchema } from '../../domain/accounts/index.js';
import { issueResetLinkFromCli } from '../../server/accounts/password-reset.commands.js';
import { createUserFromCli } from '../../server/accounts/user.commands.js';
import { tokenLink } from '../../server/http/links.js';
import { formatUtc } from '../../server/shared/time.js';
import { CliError, type CliIo } from '../io.js';
import { parseOption } from '../parse-option.js';
import { withDatabase } from '../with-database.js';

type CreateOptions = {
  email: string;
  name: string;
  passwordStdin?: boolean;
  admin?: boolean;
  secretariat?: boolean;
};

async function readPassword(io: CliIo, fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await io.readStdin()).replace(/\r?\n$/, '');
  if (!io.askHidden) {
    throw new CliError('No terminal to ask for the password on: pass it with --password-stdin.');
  }
  const password = await io.askHidden('Password: ');
  if ((await io.askHidden('Repeat the password: ')) !== password) {
    throw new CliError('The two passwords differ; nothing was created.');
  }
  return password;
}

export function userCommand(program: Command, io: CliIo): void {
  const user = program.command('user').description('Create accounts and reset passwords.');

  user
    .command('create')
    .description('Create an account, optionally with an instance role.')
    .requiredOption('--email <email>', 'the email address the person signs in with')
    .requiredOption('--name <name>', 'the name shown to others')
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .addOption(
      new Option('--admin', 'make the account an instance administrator').conflicts('secretariat'),
    )
    .addOption(new Option('--secretariat', 'give the account the secretariat role'))
    .addHelpText(
      'after',
      '\nThe password needs at least 12 characters and must not be a common one.' +
        '\nExample: printf %s "$PASSWORD" | mnr user create --email a@ministry.gov --name "A. Person" --admin --password-stdin',
    )
    .action(async (options: CreateOptions) => {
      const email = parseOption(emailSchema, options.email, '--email');
      const displayName = parseOption(displayNameSchema, options.name, '--name');
      const password = parseOption(
        newPasswordSchema,
        await readPassword(io, options.passwordStdin === true),
        'password',
      );
      const instanceRole = options.admin ? 'admin' : options.secretariat ? 'secretariat' : null;
      const created = await withDatabase(io, (store, config) =>
        createUserFromCli(store, { email, displayName, password, instanceRole }, config.now()),
      );
      io.out(
        `Created the account of ${created.display_name} <${created.email}>` +
          (instanceRole ? ` with the ${instanceRole} role.` : '.'),
      );
    });

  user
    .command('reset-link')
    .argument('<email>', 'the email address of the account')
    .description('Print a single-use link that lets the person choose a new password.')
    .addHelpText(
      'after',
      '\nThe link expires after 24 hours; pass it on through a channel you trust.' +
        '\nLinks start with PUBLIC_URL (or http://HOST:PORT).',
    )
    .action(async (rawEmail: string) => {
      const email = parseOption(emailSchema, rawEmail, 'email');
      const { link, expiresAt } = await withDatabase(io, async (store, config) => {
        const issued = await issueResetLinkFromCli(store, email, config.now());
        return { link: tokenLink(config, 'reset-password', issued.token), ...issued };
      });
      io.out(
        `Password reset link for ${email} (works once, until ${formatUtc(expiresAt)}):\n${link}`,
      );
    });
}

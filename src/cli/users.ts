import type { Command } from 'commander';
import { CLI_ACTOR, ROLES } from '../domain/access/access.ts';
import { TOKEN_SCOPES } from '../domain/user/user.ts';
import { UsageError, withServices } from './context.ts';

/** Reads all of standard input (for --password-stdin), without the final newline. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function checkRole(role: string): void {
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of: ${ROLES.join(', ')}`);
}

/** `user add`, `user role`, `token create`, `sessions purge` and `freshness remind`. */
export function userCommands(program: Command): void {
  const user = program.command('user').description('accounts and roles');
  user
    .command('add')
    .description('create a verified account; prints a one-time password unless --password-stdin is given')
    .requiredOption('--email <email>', 'the email address')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <name>', 'the name shown in the public history')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (opts: { email: string; role: string; name?: string; passwordStdin?: boolean }) => {
      checkRole(opts.role);
      const password = opts.passwordStdin ? await readStdin() : undefined;
      const { user: created, password: used } = await withServices((s) => s.accounts.addUser(CLI_ACTOR, { email: opts.email, role: opts.role, password, displayName: opts.name }));
      process.stdout.write(`Created ${created.email} (${created.role}).\n`);
      if (!opts.passwordStdin) process.stdout.write(`One-time password (change it after signing in, via "Forgot your password?"): ${used}\n`);
    });
  user
    .command('role')
    .description("change a user's role")
    .requiredOption('--email <email>', 'the email address')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--organisation <id...>', 'organisation ids an organisation editor may edit')
    .action(async (opts: { email: string; role: string; organisation?: string[] }) => {
      checkRole(opts.role);
      const saved = await withServices((s) => s.accounts.setRole(CLI_ACTOR, opts.email, opts.role, opts.organisation));
      process.stdout.write(`${saved.email} is now ${saved.role}.\n`);
    });

  program
    .command('token')
    .description('API tokens')
    .command('create')
    .description('create a named API token for a user; prints it once')
    .requiredOption('--email <email>', 'the owner')
    .requiredOption('--name <name>', 'what the token is for')
    .requiredOption('--scope <scope>', 'read or write')
    .action(async (opts: { email: string; name: string; scope: string }) => {
      if (!(TOKEN_SCOPES as readonly string[]).includes(opts.scope)) throw new UsageError(`--scope must be one of: ${TOKEN_SCOPES.join(', ')}`);
      const { token } = await withServices((s) => s.tokens.createForEmail(CLI_ACTOR, opts.email, { name: opts.name, scope: opts.scope }));
      process.stdout.write(`${token}\n`);
    });

  program
    .command('sessions')
    .description('sign-in sessions')
    .command('purge')
    .description('delete expired sessions and used or expired email links (the server also does this every LEAPFROG_SESSION_PURGE_SECONDS)')
    .action(async () => {
      const removed = await withServices((s) => s.accounts.purgeExpired(CLI_ACTOR));
      process.stdout.write(`Removed ${removed.sessions} expired sessions and ${removed.emailTokens} used or expired email links.\n`);
    });

  program
    .command('freshness')
    .description('record freshness')
    .command('remind')
    .description('email the owners of published initiatives not verified for 12 months (at most once every 30 days per record)')
    .action(async () => {
      const sent = await withServices((s) => s.reminders.remindStale(CLI_ACTOR));
      process.stdout.write(`Sent ${sent} reminders.\n`);
    });
}

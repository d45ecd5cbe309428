import { Command } from 'commander';
import { CLI_ACTOR } from '../domain/access/access.ts';
import { SETTINGS } from '../config/config.ts';
import { migrate } from '../store/migrator.ts';
import { openDatabase } from '../store/database.ts';
import { loadConfig } from '../config/config.ts';
import { reportError, withServices } from './context.ts';
import { vocabCommands } from './vocab.ts';
import { sampleGenerateCommand, searchCommands } from './search.ts';
import { indicatorCommands } from './indicators.ts';
import { userCommands } from './users.ts';
import { exchangeCommands } from './exchange.ts';
import { classifyCommands } from './classify.ts';
import { participationCommands } from './participation.ts';

const program = new Command('leapfrog')
  .description('Leapfrog: technologies for the SDGs, and who is being left behind')
  .showHelpAfterError()
  .addHelpText('after', `\nSettings (environment variables):\n${SETTINGS.map((s) => `  ${s.env.padEnd(28)} ${s.default ?? '(unset)'}`).join('\n')}\n`);

// The web app (Fastify, every route and page) is loaded only to serve: other commands start faster without it.
program.command('serve').description('serve the platform over HTTP').action(async () => (await import('../main.ts')).serve());

program
  .command('migrate')
  .description('create or upgrade the database schema')
  .action(async () => {
    const store = openDatabase(loadConfig().databaseUrl);
    try {
      const applied = await migrate(store.db);
      process.stdout.write(applied.length ? `Applied ${applied.join(', ')}.\n` : 'The database is up to date.\n');
    } finally {
      await store.close();
    }
  });

const sample = program.command('sample').description('the sample content written by the team');
sample
  .command('load')
  .description('load the sample organisations, initiatives and policies (records already there are kept)')
  .action(async () => {
    const r = await withServices((s) => s.sample.load(CLI_ACTOR));
    process.stdout.write(`Loaded ${r.initiatives} sample initiatives, ${r.policies} sample policies and ${r.organisations} sample organisations.\n`);
    process.stdout.write(`Loaded ${r.participations} sample participation rows and ${r.posts} sample needs and offers.\n`);
  });
sample
  .command('remove')
  .description('remove every sample record')
  .action(async () => {
    const r = await withServices((s) => s.sample.remove(CLI_ACTOR));
    process.stdout.write(`Removed ${r.initiatives} sample initiatives, ${r.policies} sample policies and ${r.organisations} sample organisations.\n`);
    process.stdout.write(`Removed ${r.participations} sample participation rows and ${r.posts} sample needs and offers.\n`);
  });

sampleGenerateCommand(sample);
vocabCommands(program);
searchCommands(program);
indicatorCommands(program);
userCommands(program);
exchangeCommands(program);
classifyCommands(program);
participationCommands(program);

program.parseAsync(process.argv).catch(reportError);

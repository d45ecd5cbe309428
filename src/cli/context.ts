import { loadConfig, ConfigError, type Config } from '../config/config.ts';
import { openDatabase } from '../store/database.ts';
import { createServices, type Services } from '../services.ts';
import { DomainError, ValidationError } from '../domain/errors.ts';

/** Thrown by commands for a wrong use: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

/** Opens the configured database with every service, runs `fn`, and always closes it. */
export async function withServices<T>(fn: (services: Services, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = openDatabase(config.databaseUrl);
  try {
    return await fn(await createServices(store, { config }), config);
  } finally {
    await store.close();
  }
}

/** Prints what went wrong in words a person can act on, and sets the exit code. */
export function reportError(err: unknown): void {
  if (err instanceof ValidationError) {
    process.stderr.write(`Invalid input:\n${err.errors.map((e) => `  ${e.field}: ${e.message}`).join('\n')}\n`);
    process.exitCode = 2;
  } else if (err instanceof ConfigError || err instanceof UsageError) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 2;
  } else if (err instanceof DomainError) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`Failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  }
}

import { parseArgs } from 'node:util';

export const USAGE = `Issues, lists and revokes the API keys outside clients (Open311 apps) use to create reports.

Usage: npm run api-key -- create --name "<who it is for>"
       npm run api-key -- list
       npm run api-key -- revoke <id>

The key is printed once by create; only its hash is stored. Database: DATABASE_URL if set,
otherwise the embedded engine in MATTHAN_DATA_DIR (stop the server first).`;

export type ApiKeyCommand = { kind: 'create'; name: string } | { kind: 'list' } | { kind: 'revoke'; id: string };

/** A command line that cannot be run; its message says what to change. */
export class UsageError extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses `create --name "GeoReporter"`, `list` or `revoke <id>`. */
export function parseApiKeyArgs(argv: string[]): ApiKeyCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' } } });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const [command, ...rest] = parsed.positionals;
  const name = parsed.values.name?.trim();
  if (command === 'create' && rest.length === 0) {
    if (!name) throw new UsageError('create needs --name, e.g. --name "GeoReporter Android"');
    return { kind: 'create', name };
  }
  if (command === 'list' && rest.length === 0 && name === undefined) return { kind: 'list' };
  if (command === 'revoke' && rest.length === 1 && name === undefined) {
    if (!UUID.test(rest[0]!))
      throw new UsageError(`"${rest[0]}" is not a key id: copy the id from npm run api-key -- list`);
    return { kind: 'revoke', id: rest[0]!.toLowerCase() };
  }
  throw new UsageError(`unknown command "${argv.join(' ')}"`);
}

// `npm run api-key -- create --name "…" | list | revoke <id>`: opens the database the way the
// server does (DATABASE_URL, or the embedded engine in the data dir) and manages API keys.
import { loadConfig } from '../config.js';
import type { ApiKey } from '../contracts/api-key.js';
import { openDatabase, type OpenDatabase } from '../db/open.js';
import { parseApiKeyArgs, UsageError, USAGE, type ApiKeyCommand } from './api-key-args.js';
import { createApiKeysService } from './api-keys.service.js';

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const out = (line: string): void => void process.stdout.write(`${line}\n`);

const describeKey = (k: ApiKey) =>
  `${k.id}  ${k.prefix}…  ${k.createdAt}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}  ${k.name}`;

async function run(database: OpenDatabase, command: ApiKeyCommand): Promise<void> {
  const keys = createApiKeysService(database.db);
  if (command.kind === 'create') {
    const issued = await keys.issue({ name: command.name });
    out(describeKey(issued));
    out(`key: ${issued.key}`);
    log('Copy the key now: it is not stored and cannot be shown again.');
  } else if (command.kind === 'list') {
    const all = await keys.list();
    for (const k of all) out(describeKey(k));
    if (all.length === 0) log('No API keys yet: npm run api-key -- create --name "…"');
  } else {
    const revoked = await keys.revoke(command.id);
    if (!revoked) throw new Error(`no API key has the id ${command.id}`);
    out(describeKey(revoked));
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) return void out(USAGE);
  const command = parseApiKeyArgs(argv);
  const database = await openDatabase(loadConfig(), log, 'npm run api-key');
  try {
    await run(database, command);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  log(`api-key: ${(err as Error).message}`);
  if (err instanceof UsageError) log(`\n${USAGE}`);
  process.exitCode = 1;
});

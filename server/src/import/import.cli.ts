// `npm run import -- <file> --mapping <mapping.json>`: opens the database the way the server does
// (DATABASE_URL, or the embedded engine in the data dir), imports with a progress bar on stderr,
// writes each rejected row with its reason to an NDJSON file, and prints a summary.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.js';
import { ImportMapping } from '../contracts/import.js';
import { openDatabase, type OpenDatabase } from '../db/open.js';
import { ensureReferenceData } from '../seed/reference.js';
import { createProgressBar, formatCount, formatDuration } from '../seed/progress.js';
import { parseImportArgs, UsageError, USAGE } from './import-args.js';
import { importFile, MappingError } from './import.service.js';
import { readRecords } from './readers.js';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function loadMapping(path: string): Promise<ImportMapping> {
  const parsed = ImportMapping.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success)
    throw new UsageError(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

async function main(): Promise<void> {
  const args = parseImportArgs(process.argv.slice(2));
  if (args.help) return void process.stdout.write(`${USAGE}\n`);
  const mapping = await loadMapping(args.mapping);
  let total = 0;
  for await (const _ of readRecords(args.file, mapping.format)) total++;
  const config = loadConfig();
  let database: OpenDatabase | null = null;
  const rejects = createWriteStream(args.rejects);
  const bar = createProgressBar(process.stderr);
  try {
    database = await openDatabase(config, log, 'npm run import');
    await ensureReferenceData(database.db);
    log(`[import] ${formatCount(total)} records from ${args.file} as ${mapping.source}`);
    const started = performance.now();
    const summary = await importFile(database.db, {
      file: args.file,
      mapping,
      engine: database.engine,
      batchSize: args.batch,
      onReject: (r) => rejects.write(`${JSON.stringify(r)}\n`),
      onProgress: (read) => bar.update(read, total),
    });
    bar.finish();
    const ms = performance.now() - started;
    process.stdout.write(
      [
        `read:             ${formatCount(summary.read)}`,
        `imported:         ${formatCount(summary.imported)} (each with its 'report:created' event, actor 'import')`,
        `already imported: ${formatCount(summary.alreadyImported)}`,
        `rejected:         ${formatCount(summary.rejected)} → ${args.rejects}`,
        `elapsed:          ${formatDuration(ms)} (${Math.round((summary.read * 1000) / Math.max(ms, 1))} rows/s)`,
        '',
      ].join('\n'),
    );
  } finally {
    bar.finish();
    await new Promise((resolve) => rejects.end(resolve));
    await database?.close();
  }
}

main().catch((err: unknown) => {
  const known = err instanceof UsageError || err instanceof MappingError || err instanceof SyntaxError;
  log(`[import] ${(err as Error).message}`);
  if (err instanceof UsageError) log(USAGE);
  process.exit(known ? 2 : 1);
});

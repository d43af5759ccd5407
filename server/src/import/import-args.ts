import { basename } from 'node:path';

export const USAGE = `usage: npm run import -- <file> --mapping <mapping.json> [--rejects <out.ndjson>] [--batch <rows>]
  Imports reports from CSV, NDJSON, GeoJSON or Open311 JSON as the mapping describes
  (examples in seeds/import-mappings/). Rejected rows, each with its reason, go to --rejects
  (default: ./<file>.rejected.ndjson). Re-running the same file imports nothing twice.`;

export class UsageError extends Error {}

export interface ImportArgs {
  file: string;
  mapping: string;
  rejects: string;
  batch: number;
  help: boolean;
}

/** Parses the CLI arguments; throws UsageError with a sentence saying what is wrong. */
export function parseImportArgs(argv: string[]): ImportArgs {
  const files: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return { file: '', mapping: '', rejects: '', batch: 0, help: true };
    if (!a.startsWith('--')) files.push(a);
    else if (['--mapping', '--rejects', '--batch'].includes(a) && argv[i + 1] !== undefined) flags.set(a, argv[++i]!);
    else throw new UsageError(`unknown or incomplete option ${a}`);
  }
  if (files.length !== 1) throw new UsageError('give exactly one file to import');
  const mapping = flags.get('--mapping');
  if (!mapping) throw new UsageError('--mapping <mapping.json> is required');
  const batch = Number(flags.get('--batch') ?? 5000);
  if (!Number.isInteger(batch) || batch < 1 || batch > 50_000) throw new UsageError('--batch must be 1 to 50,000 rows');
  const file = files[0]!;
  return { file, mapping, rejects: flags.get('--rejects') ?? `${basename(file)}.rejected.ndjson`, batch, help: false };
}

// `npm run migrate`: applies pending migrations (and loads the wards and categories if missing)
// on DATABASE_URL, or on the embedded engine's data folder when it is unset.
import { loadConfig } from '../config.js';
import { openDatabase } from './open.js';

const config = loadConfig();
try {
  const db = await openDatabase(config, (line) => console.log(line));
  console.log(`[matthan] schema is up to date (${db.engine})`);
  await db.close();
} catch (err) {
  console.error(`[matthan] migration failed: ${(err as Error).message}`);
  process.exit(1);
}

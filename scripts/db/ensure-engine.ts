/**
 * Makes sure a local database engine is available (builds FerretDB with Go when needed), so
 * CI installs it as an explicit step; `npm test` would otherwise do the same on first use.
 */
import { findLocalEngine } from './find-engine.ts';

if (process.env.MONGODB_URI) {
  process.stdout.write('MONGODB_URI is set; no local engine needed.\n');
} else {
  const engine = findLocalEngine((line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`Local database engine: ${engine.kind}${'binary' in engine ? ` (${engine.binary})` : ''}\n`);
}

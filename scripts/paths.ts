import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Persistent local data for `npm start` (git-ignored). */
export const DATA_DIR = join(ROOT, 'data');
/** Throwaway files for tests (git-ignored). */
export const TMP_DIR = join(ROOT, '.tmp');

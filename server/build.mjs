// Bundles the server and the shared workspace (TypeScript source) into dist/main.js.
// Third-party packages stay external and are loaded from node_modules at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const shared = JSON.parse(readFileSync(new URL('../shared/package.json', import.meta.url), 'utf8'));
const thirdParty = [...Object.keys(pkg.dependencies), ...Object.keys(shared.dependencies)].filter(
  (name) => !name.startsWith('@ehcp/'),
);

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...thirdParty, ...thirdParty.map((name) => `${name}/*`), 'pino-pretty'],
  logLevel: 'warning',
});

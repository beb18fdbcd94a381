import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, cpSync, chmodSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { tmpdir } from 'node:os';

/** FerretDB release we build and run; see ../shared/docs/environment.md. */
export const FERRETDB_VERSION = 'v1.24.2';
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';

/** Which local engine provides the database, and where its binary is. */
export type LocalEngine = { kind: 'mongod'; binary: string } | { kind: 'ferretdb'; binary: string } | { kind: 'memory-server' };

/** Finds an executable on PATH, or undefined. */
export function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function goBinDir(go: string): string {
  const gopath = execFileSync(go, ['env', 'GOPATH'], { encoding: 'utf8' }).trim();
  return join(gopath, 'bin');
}

/**
 * Builds FerretDB with the Go toolchain. `go install …@version` fails here (the proxy refuses
 * the version list it asks for deprecation notices), and the module as published panics at
 * start because build/version/version.txt is empty. So: a throwaway module that requires
 * FerretDB, a writable copy of its source with version.txt filled in, and a replace directive.
 */
function buildFerretDb(go: string, target: string, log: (line: string) => void): void {
  const work = join(tmpdir(), `ferretdb-build-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const run = (args: string[]) => {
    const result = spawnSync(go, args, { cwd: work, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`go ${args.join(' ')} failed (exit ${result.status})`);
  };
  log(`Building FerretDB ${FERRETDB_VERSION} with Go (first time only, a few minutes)…`);
  run(['mod', 'init', 'ferretdb-build']);
  run(['get', `${FERRETDB_MODULE}/cmd/ferretdb@${FERRETDB_VERSION}`]);
  const modDir = execFileSync(go, ['list', '-m', '-f', '{{.Dir}}', FERRETDB_MODULE], {
    cwd: work,
    encoding: 'utf8',
  }).trim();
  const src = join(work, 'src');
  cpSync(modDir, src, { recursive: true });
  chmodSync(join(src, 'build', 'version'), 0o755);
  writeFileSync(join(src, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  run(['mod', 'edit', `-replace=${FERRETDB_MODULE}=./src`]);
  mkdirSync(join(target, '..'), { recursive: true });
  run(['build', '-o', target, `${FERRETDB_MODULE}/cmd/ferretdb`]);
  spawnSync('chmod', ['-R', 'u+w', work]);
  rmSync(work, { recursive: true, force: true });
  log(`FerretDB built at ${target}`);
}

/**
 * Picks the local engine in the documented order: a `mongod` on PATH; else FerretDB (on PATH,
 * in Go's bin folder, or built now when Go is present); else mongodb-memory-server.
 */
export function findLocalEngine(log: (line: string) => void): LocalEngine {
  const mongod = findOnPath('mongod');
  if (mongod) return { kind: 'mongod', binary: mongod };
  const ferretOnPath = findOnPath('ferretdb');
  if (ferretOnPath) return { kind: 'ferretdb', binary: ferretOnPath };
  const go = findOnPath('go') ?? (existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (go) {
    const target = join(goBinDir(go), 'ferretdb');
    if (!existsSync(target)) buildFerretDb(go, target, log);
    return { kind: 'ferretdb', binary: target };
  }
  return { kind: 'memory-server' };
}

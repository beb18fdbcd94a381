/**
 * `npm run bench:caseload`: the caseload's first page at school size (300 plans) and LA size
 * (10,000 plans). Measures GET /api/caseload (first page, and a searched page) over real HTTP
 * against the built server and a real database (FerretDB unless MONGODB_URI is set; its backend
 * from LOCAL_DB_BACKEND), the daily rebuild of the stored rows (first build, and the next day),
 * and, as the reference in the same run, what every request cost before the rows were stored:
 * all cycles loaded and worked out (the engine on every plan) and sorted, in this process.
 * Options: --sizes=300,10000 --requests=40,20 --seconds=3
 * Writes Markdown to stdout; paste it into docs/benchmarks.md with the command.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import mongoose from 'mongoose';
import { addCalendarDays, EMPTY_REVIEW_CYCLE_FACTS } from '@ehcp/shared';
import { computeTimeline, type TimelineInput, type TransferType } from '@ehcp/shared/deadlines';
import { Pupil, Review, User } from '../../server/src/models/index.ts';
import {
  caseloadRowOf,
  describeReviewCycle,
  loadCurrentCycles,
  rebuildCaseloadEntries,
  timelineInputFor,
  todayInEngland,
} from '../../server/src/services/index.ts';
import { CaseloadEntry } from '../../server/src/models/index.ts';
import { startLocalDatabase } from '../db/local-database.ts';
import { freePort, waitForHttp } from '../net.ts';
import { productionEnv } from '../production-env.ts';
import { ROOT, TMP_DIR } from '../paths.ts';
import { run } from '../run.ts';
import { describeMachine, percentile } from './measure.ts';
import { seedBenchSchool } from './seed.ts';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string]));
const SIZES = (args.sizes ?? '300,10000').split(',').map(Number);
const REQUESTS = (args.requests ?? '40,20').split(',').map(Number);
const SECONDS = Number(args.seconds ?? 3);
const WARMUP_REQUESTS = 2;
const TRANSFERS: TransferType[] = ['primary-to-secondary', 'secondary-to-post16', 'infant-to-junior'];

const pad = (n: number) => String(n).padStart(2, '0');
/** A varied, valid, deterministic pupil: ages 5–18, plans issued 2–4 years ago, every 5th with a transfer. */
function pupilFacts(i: number, today: string) {
  const year = Number(today.slice(0, 4));
  const day = pad((i % 28) + 1);
  const month = pad((i % 12) + 1);
  const age = 5 + (i % 14);
  return {
    name: `Pupil ${i}`,
    givenName: 'Pupil',
    familyName: String(i),
    dateOfBirth: `${year - age}-${month}-${day}`,
    planIssuedDate: `${year - 2 - (i % 3)}-${month}-${day}`,
    lastReviewMeetingDate: i % 4 === 0 ? null : `${year - 1}-${pad(((i * 7) % 12) + 1)}-${day}`,
    transfer: i % 5 === 0 ? { type: TRANSFERS[i % 3]!, transferDate: `${year + 1}-09-01` } : null,
  };
}

async function seedSchool(size: number, today: string) {
  const { schoolId, email, password } = await seedBenchSchool(`Benchmark ${size}`);
  for (let start = 0; start < size; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, size - start) }, (_, k) => ({
      schoolId,
      matchKey: `bench:${start + k}`,
      ...pupilFacts(start + k, today),
    }));
    // Through the models (defaults and validation applied), so the rows are what the app stores.
    const pupils = await Pupil.insertMany(batch);
    // A third of the cycles have a meeting booked, so every stage of the status code runs.
    await Review.insertMany(
      pupils.map((pupil, k) => ({
        schoolId,
        pupilId: pupil._id,
        meetingDate: (start + k) % 3 === 0 ? today : null,
      })),
    );
  }
  return { schoolId: String(schoolId), email, password };
}

/** The stored rows' daily work: the first build of a school, then the next day's rebuild. */
async function measureRebuild(schoolId: string, today: string) {
  let started = performance.now();
  await rebuildCaseloadEntries(schoolId, today);
  const first = performance.now() - started;
  started = performance.now();
  const written = await rebuildCaseloadEntries(schoolId, addCalendarDays(today, 1));
  const nextDay = performance.now() - started;
  // Back to today, so the server's first request finds nothing to rebuild.
  await rebuildCaseloadEntries(schoolId, today);
  return { first, nextDay, written };
}

/** The reference: what the caseload cost per request before its rows were stored. */
async function measureReference(schoolId: string, today: string, requests: number) {
  const times: number[] = [];
  for (let i = 0; i < WARMUP_REQUESTS + requests; i++) {
    const started = performance.now();
    const rows = (await loadCurrentCycles(schoolId, today)).map((cycle) => caseloadRowOf(cycle, today));
    rows.sort((a, b) => a.urgency.localeCompare(b.urgency) || a.daysUntilAction - b.daysUntilAction);
    JSON.stringify(rows.slice(0, 50));
    if (i >= WARMUP_REQUESTS) times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function measureApi(
  baseUrl: string,
  account: { email: string; password: string },
  size: number,
  requests: number,
  query: string,
  expectedRows: (size: number) => number,
) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login failed: ${login.status}`);
  const times: number[] = [];
  let bytes = 0;
  let first = 0;
  for (let i = 0; i < WARMUP_REQUESTS + requests; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/caseload${query}`, { headers: { Cookie: cookie } });
    const body = (await response.json()) as { rows: unknown[]; total: number };
    const elapsed = performance.now() - started;
    if (body.rows.length !== expectedRows(size)) throw new Error(`expected ${expectedRows(size)} rows, got ${body.rows.length}`);
    if (i === 0) first = elapsed;
    if (i >= WARMUP_REQUESTS) times.push(elapsed);
    bytes = Number(response.headers.get('content-length') ?? 0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), requests, kib: bytes / 1024, first };
}

function measureEngine(today: string) {
  const inputs: TimelineInput[] = Array.from({ length: 1000 }, (_, i) =>
    timelineInputFor(pupilFacts(i, today), today, { ...EMPTY_REVIEW_CYCLE_FACTS, meetingDate: i % 3 === 0 ? today : null }),
  );
  const rate = (fn: (i: number) => unknown) => {
    for (let i = 0; i < 2000; i++) fn(i % inputs.length); // warm up the JIT
    let calls = 0;
    const end = performance.now() + SECONDS * 1000;
    const started = performance.now();
    while (performance.now() < end) {
      for (let k = 0; k < 100; k++) fn(calls++ % inputs.length);
    }
    return calls / ((performance.now() - started) / 1000);
  };
  const pupils = inputs.map((_, i) => pupilFacts(i, today));
  return {
    computeTimeline: rate((i) => computeTimeline(inputs[i]!)),
    // What one caseload row costs: timeline + explanations + status.
    describeReviewCycle: rate((i) =>
      describeReviewCycle(pupils[i]!, { ...EMPTY_REVIEW_CYCLE_FACTS, meetingDate: i % 3 === 0 ? today : null }, today),
    ),
  };
}

function cpuModel(): string {
  const match = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
  return match?.[1]?.trim() ?? 'unknown';
}

async function main(): Promise<void> {
  process.stderr.write('Building the server…\n');
  if ((await run('npm', ['run', 'build', '-w', 'server'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })) !== 0)
    throw new Error('build failed');
  const today = todayInEngland();
  const dataDir = join(TMP_DIR, `bench-caseload-db-${process.pid}`);
  const database = process.env.MONGODB_URI ? null : await startLocalDatabase({ dataDir, isThrowaway: true });
  const uri = new URL(process.env.MONGODB_URI ?? database!.uri);
  uri.pathname = `/bench_caseload_${randomBytes(4).toString('hex')}`;
  await mongoose.connect(uri.toString());
  await Promise.all([Pupil.init(), Review.init(), User.init(), CaseloadEntry.init()]);
  process.stderr.write(`Seeding ${SIZES.join(' and ')} plans…\n`);
  const accounts = [];
  const rebuilds = [];
  const references = [];
  for (const [index, size] of SIZES.entries()) {
    const account = await seedSchool(size, today);
    accounts.push(account);
    process.stderr.write(`Rebuilding ${size} stored rows, and the reference…\n`);
    rebuilds.push(await measureRebuild(account.schoolId, today));
    references.push(await measureReference(account.schoolId, today, Math.min(10, REQUESTS[index] ?? 10)));
  }
  await mongoose.disconnect();

  const port = await freePort();
  const server = spawn(process.execPath, [join(ROOT, 'server', 'dist', 'main.js')], {
    env: {
      ...process.env,
      ...productionEnv(`http://127.0.0.1:${port}`),
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: uri.toString(),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/api/health`, server);
    const api = [];
    for (const [index, size] of SIZES.entries()) {
      process.stderr.write(`GET /api/caseload with ${size} plans…\n`);
      const requests = REQUESTS[index] ?? REQUESTS.at(-1)!;
      const firstPage = await measureApi(baseUrl, accounts[index]!, size, requests, '', (n) => Math.min(50, n));
      // One pupil by a part of the name: "Pupil 12" matches 12, 120–129, 1200–1299 … (bounded by the page).
      const searched = await measureApi(baseUrl, accounts[index]!, size, requests, '?q=pupil%2012&sort=name', (n) =>
        Math.min(50, Array.from({ length: n }, (_, i) => `pupil ${i}`).filter((name) => name.includes('pupil 12')).length),
      );
      api.push({ size, requests, firstPage, searched, rebuild: rebuilds[index]!, reference: references[index]! });
    }
    process.stderr.write('Engine throughput…\n');
    const engine = measureEngine(today);
    const lines = [
      `Machine: ${describeMachine()}; \`nproc\` = ${(await import('node:os')).availableParallelism()}; CPU model: ${cpuModel()}.`,
      `Database: ${process.env.MONGODB_URI ? 'MONGODB_URI' : `FerretDB 1.24 with its ${process.env.LOCAL_DB_BACKEND === 'postgresql' ? 'PostgreSQL' : 'SQLite'} backend`}, same machine. asOf ${today}.`,
      '',
      '| Plans | Requests | First request for the school (ms) | First page p50 / p95 (ms) | Searched page p50 / p95 (ms) | First page (KiB) | Reference: every row worked out, p50 / p95 (ms) | Rebuild: first / next day (ms, rows written) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...api.map(
        (r) =>
          `| ${r.size.toLocaleString('en-GB')} | ${r.requests} | ${r.firstPage.first.toFixed(0)} | ${r.firstPage.p50.toFixed(1)} / ${r.firstPage.p95.toFixed(1)} | ` +
          `${r.searched.p50.toFixed(1)} / ${r.searched.p95.toFixed(1)} | ${r.firstPage.kib.toFixed(0)} | ` +
          `${r.reference.p50.toFixed(1)} / ${r.reference.p95.toFixed(1)} | ${r.rebuild.first.toFixed(0)} / ${r.rebuild.nextDay.toFixed(0)} (${r.rebuild.written}) |`,
      ),
      '',
      '| Engine (one process, one core) | Calls per second |',
      '| --- | ---: |',
      `| \`computeTimeline\` | ${Math.round(engine.computeTimeline).toLocaleString('en-GB')} |`,
      `| one caseload row (\`describeReviewCycle\`: timeline + explanations + status) | ${Math.round(engine.describeReviewCycle).toLocaleString('en-GB')} |`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    server.kill('SIGTERM');
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});

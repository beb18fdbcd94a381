/**
 * `npm run bench:collab`: edit propagation latency, server CPU and memory under many review
 * meetings, for our document server and, in the same run and under the same load, a plain
 * reference Yjs WebSocket server (@y/websocket-server 0.1.1: no auth, no persistence).
 * Options: --meetings=10,50,100,200 --participants=5 --rate=2 --seconds=15 --profile
 * Writes a Markdown table to stdout; paste it into docs/benchmarks.md with the command.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { reportDocName } from '@ehcp/shared';
import { Pupil, Review } from '../../server/src/models/index.ts';
import { startLocalDatabase } from '../db/local-database.ts';
import { freePort, waitForHttp } from '../net.ts';
import { productionEnv } from '../production-env.ts';
import { ROOT, TMP_DIR } from '../paths.ts';
import { run } from '../run.ts';
import { CollabLoad } from './collab-load.ts';
import { describeMachine, percentile, processCpuSeconds, processRssMiB } from './measure.ts';
import { seedBenchSchool } from './seed.ts';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string]));
const MEETINGS = (args.meetings ?? '10,50,100,200').split(',').map(Number);
const PARTICIPANTS = Number(args.participants ?? 5);
const RATE = Number(args.rate ?? 2);
const SECONDS = Number(args.seconds ?? 15);
const WARMUP_MS = 3000;

interface Result {
  server: 'ours' | 'reference';
  meetings: number;
  connectSeconds: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  cpuPercent: number;
  rssMiB: number;
}

async function seedReviews(mongoUri: string, count: number): Promise<{ reviewIds: string[]; email: string; password: string }> {
  await mongoose.connect(mongoUri);
  const { schoolId, email, password } = await seedBenchSchool('Benchmark School');
  const pupils = await Pupil.insertMany(
    Array.from({ length: count }, (_, i) => ({
      schoolId,
      name: `Pupil ${i}`,
      dateOfBirth: '2012-01-01',
      planIssuedDate: '2024-01-01',
    })),
  );
  const reviews = await Review.insertMany(pupils.map((pupil) => ({ schoolId, pupilId: pupil._id })));
  await mongoose.disconnect();
  return { reviewIds: reviews.map((review) => String(review._id)), email, password };
}

async function runLoad(
  server: Result['server'],
  pid: number,
  options: ConstructorParameters<typeof CollabLoad>[0],
): Promise<Omit<Result, 'server' | 'meetings'>> {
  const load = new CollabLoad(options);
  const connectStarted = performance.now();
  try {
    await load.connect();
  } catch (error) {
    await load.stop();
    throw error;
  }
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  load.start();
  await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
  const cpuBefore = processCpuSeconds(pid);
  const started = performance.now();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, processRssMiB(pid))), 500);
  const latencies = await load.measure(SECONDS * 1000);
  clearInterval(sampler);
  const cpuPercent = ((processCpuSeconds(pid) - cpuBefore) / ((performance.now() - started) / 1000)) * 100;
  await load.stop();
  process.stderr.write(`  ${server} ${options.docNames.length} meetings: ${latencies.length} samples\n`);
  return {
    connectSeconds,
    samples: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    cpuPercent,
    rssMiB: peakRss,
  };
}

function startProcess(command: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  return child;
}

async function main(): Promise<void> {
  process.stderr.write('Building the server…\n');
  if ((await run('npm', ['run', 'build', '-w', 'server'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })) !== 0)
    throw new Error('build failed');
  const dataDir = join(TMP_DIR, `bench-db-${process.pid}`);
  const database = process.env.MONGODB_URI ? null : await startLocalDatabase({ dataDir });
  const engineUri = new URL(process.env.MONGODB_URI ?? database!.uri);
  engineUri.pathname = `/bench_${randomBytes(4).toString('hex')}`;
  const maxMeetings = Math.max(...MEETINGS);
  const seed = await seedReviews(engineUri.toString(), maxMeetings);

  const ourPort = await freePort();
  // --profile writes a V8 CPU profile of our server to .tmp/profiles (open it in Chrome DevTools).
  const profile = 'profile' in args ? ['--cpu-prof', `--cpu-prof-dir=${join(TMP_DIR, 'profiles')}`] : [];
  const ours = startProcess([...profile, join(ROOT, 'server', 'dist', 'main.js')], {
    ...productionEnv(`http://127.0.0.1:${ourPort}`),
    PORT: String(ourPort),
    HOST: '127.0.0.1',
    MONGODB_URI: engineUri.toString(),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    // Every simulated participant connects from 127.0.0.1; production keeps the per-IP default.
    COLLAB_CONNECT_ATTEMPTS_PER_MINUTE: '1000000',
  });
  const refPort = await freePort();
  const reference = startProcess([join(ROOT, 'node_modules', '@y', 'websocket-server', 'src', 'server.js')], {
    HOST: '127.0.0.1',
    PORT: String(refPort),
  });
  const results: Result[] = [];
  const failures: string[] = [];
  try {
    await waitForHttp(`http://127.0.0.1:${ourPort}/api/health`, ours);
    await waitForHttp(`http://127.0.0.1:${refPort}/`, reference);
    const login = await fetch(`http://127.0.0.1:${ourPort}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: seed.email, password: seed.password }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`login failed: ${login.status}`);

    for (const meetings of MEETINGS) {
      const docNames = seed.reviewIds.slice(0, meetings).map(reportDocName);
      const common = { docNames, participantsPerMeeting: PARTICIPANTS, keystrokesPerSecond: RATE, connectTimeoutMs: 180_000 };
      try {
        const ourResult = await runLoad('ours', ours.pid!, { ...common, wsBase: `ws://127.0.0.1:${ourPort}/collab`, cookie });
        const refResult = await runLoad('reference', reference.pid!, { ...common, wsBase: `ws://127.0.0.1:${refPort}/collab` });
        results.push({ server: 'ours', meetings, ...ourResult }, { server: 'reference', meetings, ...refResult });
      } catch (error) {
        failures.push(`${meetings} meetings: ${(error as Error).message}`);
        break; // a larger load will not do better
      }
    }
  } finally {
    ours.kill('SIGTERM');
    reference.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  const lines = [
    `Machine: ${describeMachine()}; database: ${database ? database.engine : 'MONGODB_URI'}; ${PARTICIPANTS} participants per meeting, ${RATE} keystrokes/s each (+1 caret update per keystroke), ${SECONDS} s measured after ${WARMUP_MS / 1000} s warm-up.`,
    '',
    '| meetings | clients | server | all synced after s | samples | p50 ms | p95 ms | p99 ms | server CPU % | server RSS MiB | p99 ratio (ours / ref) |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const meetings of MEETINGS.filter((m) => results.some((r) => r.meetings === m))) {
    const ourResult = results.find((r) => r.server === 'ours' && r.meetings === meetings)!;
    const refResult = results.find((r) => r.server === 'reference' && r.meetings === meetings)!;
    for (const r of [ourResult, refResult]) {
      const ratio = r === ourResult ? f(ourResult.p99 / refResult.p99) : '';
      lines.push(
        `| ${meetings} | ${meetings * PARTICIPANTS} | ${r.server} | ${f(r.connectSeconds)} | ${r.samples} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.cpuPercent)} | ${f(r.rssMiB)} | ${ratio} |`,
      );
    }
  }
  for (const failure of failures) lines.push('', `Not measured: ${failure}`);
  const held = results.filter((r) => r.server === 'ours' && r.p99 < 50).map((r) => r.meetings);
  lines.push(
    '',
    `Largest load with our p99 under 50 ms: ${held.length ? `${Math.max(...held)} meetings (${Math.max(...held) * PARTICIPANTS} clients)` : 'none of the loads tried'}.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});

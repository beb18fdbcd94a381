/**
 * `npm run bench:collab`: edit propagation latency, server CPU and memory under many review
 * meetings, for our document server and, in the same run and under the same load, a plain
 * reference Yjs WebSocket server (@y/websocket-server 0.1.1: no auth, no persistence).
 * Options: --meetings=10,50,100,200 --participants=5 --rate=2 --seconds=15 --warmup=3 --processes=1,2,3 --profile --server-logs
 * With --processes, the same load runs against 1, 2 and 3 of our server processes on one Redis
 * (participants of each meeting spread over them, so every meeting crosses processes; with
 * --pin each meeting stays on one process, as behind a balancer that hashes the document path)
 * as well as the reference.
 * Writes a Markdown table to stdout; paste it into docs/benchmarks.md with the command.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { reportDocName } from '@ehcp/shared';
import { Pupil, Review } from '../../server/src/models/index.ts';
import { startLocalDatabase } from '../db/local-database.ts';
import { freePort, waitForHttp } from '../net.ts';
import { productionEnv } from '../production-env.ts';
import { ROOT, TMP_DIR } from '../paths.ts';
import { startRedisServer } from '../redis-server.ts';
import { run } from '../run.ts';
import { CollabLoad } from './collab-load.ts';
import { describeMachine, percentile, processCpuSeconds, processRssMiB } from './measure.ts';
import { seedBenchSchool } from './seed.ts';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string]));
const MEETINGS = (args.meetings ?? '10,50,100,200').split(',').map(Number);
const PARTICIPANTS = Number(args.participants ?? 5);
const RATE = Number(args.rate ?? 2);
const SECONDS = Number(args.seconds ?? 15);
const PROCESSES = (args.processes ?? '1').split(',').map(Number);
const PIN = 'pin' in args;
/** Typing before measuring starts (V8 optimises our server's hot paths over the first seconds). */
const WARMUP_MS = Number(args.warmup ?? 3) * 1000;

interface Result {
  server: string;
  meetings: number;
  connectSeconds: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU of each server process, in %. */
  cpuPercent: number[];
  rssMiB: number[];
  /** Redis's CPU in %, when there is one. */
  redisCpuPercent: number | null;
  /** The local database engine's CPU in % (null with MONGODB_URI), and the load generator's (this process). */
  databaseCpuPercent: number | null;
  loadCpuPercent: number;
}

/** The local database engine's process, when this script started it. */
let databasePid: number | null = null;

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
  pids: number[],
  redisPid: number | null,
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
  const measured = [...pids, ...(redisPid ? [redisPid] : []), ...(databasePid ? [databasePid] : [])];
  const cpuBefore = measured.map(processCpuSeconds);
  const loadCpuBefore = process.cpuUsage();
  const started = performance.now();
  const peakRss = pids.map(() => 0);
  const sampler = setInterval(() => pids.forEach((pid, i) => (peakRss[i] = Math.max(peakRss[i]!, processRssMiB(pid)))), 500);
  const latencies = await load.measure(SECONDS * 1000);
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const cpu = measured.map((pid, i) => ((processCpuSeconds(pid) - cpuBefore[i]!) / seconds) * 100);
  const loadCpu = process.cpuUsage(loadCpuBefore);
  await load.stop();
  return {
    connectSeconds,
    samples: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    cpuPercent: cpu.slice(0, pids.length),
    rssMiB: peakRss,
    redisCpuPercent: redisPid ? cpu[pids.length]! : null,
    databaseCpuPercent: databasePid ? cpu[measured.length - 1]! : null,
    loadCpuPercent: ((loadCpu.user + loadCpu.system) / 1e6 / seconds) * 100,
  };
}

/** With --server-logs, each server's log (LOG_LEVEL warn) goes to .tmp/bench-logs/<port>.log. */
const SERVER_LOGS = 'server-logs' in args;

function startProcess(command: string[], env: Record<string, string>): ChildProcess {
  let stdout: 'ignore' | number = 'ignore';
  if (SERVER_LOGS && env.PORT) {
    mkdirSync(join(TMP_DIR, 'bench-logs'), { recursive: true });
    stdout = openSync(join(TMP_DIR, 'bench-logs', `${env.PORT}.log`), 'a');
  }
  return spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'inherit'] });
}

/** Starts `count` of our server processes on one database (and one Redis when more than one). */
async function startOurServers(count: number, mongoUri: string, redisUrl: string | null) {
  const profile = 'profile' in args ? ['--cpu-prof', `--cpu-prof-dir=${join(TMP_DIR, 'profiles')}`] : [];
  const servers: { port: number; child: ChildProcess }[] = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    // --profile writes a V8 CPU profile of each of our servers to .tmp/profiles (open it in Chrome DevTools).
    const child = startProcess([...profile, join(ROOT, 'server', 'dist', 'main.js')], {
      ...productionEnv(`http://127.0.0.1:${port}`),
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: mongoUri,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // Every simulated participant connects from 127.0.0.1; production keeps the per-IP default.
      COLLAB_CONNECT_ATTEMPTS_PER_MINUTE: '1000000',
      ...(count > 1 && redisUrl ? { REDIS_URL: redisUrl } : {}),
    });
    servers.push({ port, child });
  }
  for (const server of servers) await waitForHttp(`http://127.0.0.1:${server.port}/api/health`, server.child);
  return {
    servers,
    stop: async () => {
      await Promise.all(
        servers.map(
          ({ child }) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

async function signInOn(port: number, seed: { email: string; password: string }): Promise<string> {
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: seed.email, password: seed.password }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login failed: ${login.status}`);
  return cookie;
}

async function main(): Promise<void> {
  process.stderr.write('Building the server…\n');
  if ((await run('npm', ['run', 'build', '-w', 'server'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })) !== 0)
    throw new Error('build failed');
  const dataDir = join(TMP_DIR, `bench-db-${process.pid}`);
  const database = process.env.MONGODB_URI ? null : await startLocalDatabase({ dataDir, isThrowaway: true });
  databasePid = database?.pid ?? null;
  const engineUri = new URL(process.env.MONGODB_URI ?? database!.uri);
  engineUri.pathname = `/bench_${randomBytes(4).toString('hex')}`;
  // Every run gets documents of its own, so no run loads what an earlier one typed.
  const runs = MEETINGS.reduce((sum, meetings) => sum + meetings * PROCESSES.length, 0);
  const seed = await seedReviews(engineUri.toString(), runs);
  let nextReview = 0;
  const freshDocs = (count: number) => seed.reviewIds.slice(nextReview, (nextReview += count)).map(reportDocName);
  const redis = PROCESSES.some((count) => count > 1) ? await startRedisServer() : null;

  const refPort = await freePort();
  const reference = startProcess([join(ROOT, 'node_modules', '@y', 'websocket-server', 'src', 'server.js')], {
    HOST: '127.0.0.1',
    PORT: String(refPort),
  });
  const results: Result[] = [];
  const failures: string[] = [];
  try {
    await waitForHttp(`http://127.0.0.1:${refPort}/`, reference);
    for (const meetings of MEETINGS) {
      const common = { participantsPerMeeting: PARTICIPANTS, keystrokesPerSecond: RATE, connectTimeoutMs: 300_000 };
      try {
        for (const count of PROCESSES) {
          const ours = await startOurServers(count, engineUri.toString(), redis?.url ?? null);
          try {
            const cookie = await signInOn(ours.servers[0]!.port, seed);
            const result = await runLoad(
              ours.servers.map(({ child }) => child.pid!),
              count > 1 ? redis!.pid : null,
              {
                ...common,
                docNames: freshDocs(meetings),
                wsBases: ours.servers.map(({ port }) => `ws://127.0.0.1:${port}/collab`),
                pinMeetings: PIN,
                cookie,
              },
            );
            results.push({ server: count === 1 ? 'ours' : `ours ×${count}`, meetings, ...result });
            process.stderr.write(`  ours ×${count}, ${meetings} meetings: ${result.samples} samples\n`);
          } finally {
            await ours.stop();
          }
        }
        const refResult = await runLoad([reference.pid!], null, {
          ...common,
          // the reference needs no seeded review: names of its own (the seeded ones are all used above)
          docNames: Array.from({ length: meetings }, (_, i) => `ref-${meetings}-${i}`),
          wsBases: [`ws://127.0.0.1:${refPort}/collab`],
        });
        results.push({ server: 'reference', meetings, ...refResult });
        process.stderr.write(`  reference, ${meetings} meetings: ${refResult.samples} samples\n`);
      } catch (error) {
        failures.push(`${meetings} meetings: ${(error as Error).message}`);
        break; // a larger load will not do better
      }
    }
  } finally {
    reference.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await redis?.stop();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const lines = [
    `Machine: ${describeMachine()}; database: ${database ? database.engine : 'MONGODB_URI'}; ${PARTICIPANTS} participants per meeting (${PIN ? 'each meeting on one process' : 'spread over the processes'}), ${RATE} keystrokes/s each (+1 caret update per keystroke), ${SECONDS} s measured after ${WARMUP_MS / 1000} s warm-up.`,
    '',
    '| meetings | clients | server | all synced after s | samples | p50 ms | p95 ms | p99 ms | CPU % (each process) | Redis CPU % | database CPU % | load generator CPU % | RSS MiB (each) | p99 ratio (ours / ref) |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const meetings of MEETINGS.filter((m) => results.some((r) => r.meetings === m))) {
    const refResult = results.find((r) => r.server === 'reference' && r.meetings === meetings);
    for (const r of results.filter((result) => result.meetings === meetings)) {
      const ratio = r !== refResult && refResult ? f(r.p99 / refResult.p99) : '';
      const cpu = r.cpuPercent.length > 1 ? `${r.cpuPercent.map(f).join(' + ')} = ${f(sum(r.cpuPercent))}` : f(r.cpuPercent[0]!);
      lines.push(
        `| ${meetings} | ${meetings * PARTICIPANTS} | ${r.server} | ${f(r.connectSeconds)} | ${r.samples} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${cpu} | ${r.redisCpuPercent === null ? '' : f(r.redisCpuPercent)} | ${r.databaseCpuPercent === null ? '' : f(r.databaseCpuPercent)} | ${f(r.loadCpuPercent)} | ${r.rssMiB.map(f).join(', ')} | ${ratio} |`,
      );
    }
  }
  for (const failure of failures) lines.push('', `Not measured: ${failure}`);
  const held = results.filter((r) => r.server !== 'reference' && r.p99 < 50).map((r) => r.meetings);
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

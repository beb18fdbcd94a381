/**
 * `npm test`: every check and every test, in order, with one summary line at the end:
 * type-check, lint, format, the deadline engine's unit tests under three time zones, client unit tests,
 * server integration tests against a real database, and Playwright end-to-end tests.
 * A skipped test counts as failed. Exits non-zero if anything failed.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP_DIR } from './paths.ts';
import { run } from './run.ts';

interface StageResult {
  name: string;
  passed: number;
  failed: number;
}

const RESULTS_DIR = join(TMP_DIR, 'results');
const ENGINE_TIME_ZONES = ['Pacific/Auckland', 'UTC', 'America/Los_Angeles'];

async function check(name: string, command: string, args: string[]): Promise<StageResult> {
  process.stdout.write(`\n▶ ${name}\n`);
  const code = await run(command, args, { cwd: ROOT });
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

async function vitest(name: string, project: string, env: Record<string, string> = {}): Promise<StageResult> {
  process.stdout.write(`\n▶ ${name}\n`);
  const output = join(RESULTS_DIR, `${name.replace(/\W+/g, '-')}.json`);
  const code = await run(
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
    },
  );
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    const failed = report.numFailedTests + report.numPendingTests + report.numTodoTests;
    return { name, passed: report.numPassedTests, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
  } catch {
    return { name, passed: 0, failed: 1 };
  }
}

async function playwright(): Promise<StageResult> {
  const name = 'end-to-end (Playwright, Chromium)';
  process.stdout.write(`\n▶ ${name}\n`);
  const output = join(RESULTS_DIR, 'e2e.json');
  if ((await run('npm', ['run', 'build'], { cwd: ROOT })) !== 0) return { name, passed: 0, failed: 1 };
  const code = await run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], {
    cwd: ROOT,
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: output },
  });
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    };
    const { expected, unexpected, flaky, skipped } = report.stats;
    const failed = unexpected + flaky + skipped;
    return { name, passed: expected, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
  } catch {
    return { name, passed: 0, failed: 1 };
  }
}

async function main(): Promise<void> {
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const results: StageResult[] = [];
  results.push(await check('type-check', 'npm', ['run', 'typecheck']));
  results.push(await check('lint', 'npm', ['run', 'lint']));
  results.push(await check('format', 'npm', ['run', 'format:check']));
  for (const tz of ENGINE_TIME_ZONES) results.push(await vitest(`unit (shared) TZ=${tz}`, 'shared', { TZ: tz }));
  results.push(await vitest('unit (client)', 'client'));
  results.push(await vitest('integration (server, real database)', 'server'));
  results.push(await playwright());

  process.stdout.write('\nSummary\n');
  for (const r of results)
    process.stdout.write(`  ${r.failed === 0 ? 'ok  ' : 'FAIL'} ${r.name}: ${r.passed} passed, ${r.failed} failed\n`);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`test run failed: ${(error as Error).stack ?? String(error)}\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
});

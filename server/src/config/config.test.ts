import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildConfig, publicBaseUrl } from './index.ts';

const MONGODB_URI = 'mongodb://127.0.0.1:1/never-used';
const SECRET = 'a'.repeat(32);
const PRODUCTION = {
  NODE_ENV: 'production',
  MONGODB_URI,
  PUBLIC_URL: 'https://reviews.school.example',
  ADDRESS_HASH_SECRET: SECRET,
  OUTBOX_SECRET: 'b'.repeat(32),
};

describe('configuration (issue 10, item 5)', () => {
  it('needs no new variable outside production, and listens on loopback unless HOST is set', () => {
    const config = buildConfig({ MONGODB_URI });
    expect(config.http.host).toBe('127.0.0.1');
    expect(config.http.publicUrl).toBeUndefined();
    expect(config.addressHash.isEphemeral).toBe(true);
    expect(config.outbox.isEphemeral).toBe(true);
    expect(config.rateLimits.store).toBe('mongo');
    expect(buildConfig({ MONGODB_URI, HOST: '0.0.0.0' }).http.host).toBe('0.0.0.0');
  });

  it('builds links from PUBLIC_URL, else (outside production) from localhost and the port listened on, never a request', () => {
    expect(publicBaseUrl({ publicUrl: 'https://reviews.school.example/' }, 3000)).toBe('https://reviews.school.example');
    expect(publicBaseUrl({ publicUrl: undefined }, 41234)).toBe('http://localhost:41234');
  });

  it('refuses to run in production without PUBLIC_URL, ADDRESS_HASH_SECRET and OUTBOX_SECRET, naming each', () => {
    expect(() => buildConfig(PRODUCTION)).not.toThrow();
    const build = (env: Record<string, string>) => () => buildConfig(env);
    expect(build({ NODE_ENV: 'production', MONGODB_URI })).toThrow(
      /PUBLIC_URL: is required when NODE_ENV=production[\s\S]*ADDRESS_HASH_SECRET: is required[\s\S]*OUTBOX_SECRET: is required/,
    );
    for (const name of ['PUBLIC_URL', 'ADDRESS_HASH_SECRET', 'OUTBOX_SECRET'] as const) {
      const { [name]: _left, ...rest } = PRODUCTION;
      expect(build(rest)).toThrow(new RegExp(`${name}: is required when NODE_ENV=production`));
    }
    expect(build({ ...PRODUCTION, OUTBOX_SECRET: 'short' })).toThrow(/OUTBOX_SECRET: must be at least 32 characters/);
    expect(build({ ...PRODUCTION, PUBLIC_URL: 'ftp://reviews.school.example' })).toThrow(/PUBLIC_URL: must be an http\(s\) URL/);
    expect(build({ ...PRODUCTION, PUBLIC_URL: 'https://reviews.school.example/?x=1' })).toThrow(
      /PUBLIC_URL: must not have a query/,
    );
  });

  it('stops the server process with a clear message when production configuration is incomplete', async () => {
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', NODE_ENV: 'production', MONGODB_URI };
    const child = spawn(process.execPath, ['--import', 'tsx', main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid configuration:');
    expect(stderr).toContain('PUBLIC_URL: is required when NODE_ENV=production');
  });
});

import express from 'express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInEngland } from '@ehcp/shared';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { securityHeaders, TIPTAP_STYLE_HASH } from './index.ts';

/** Issue 10, items 2, 4, 5 and 6: the HTTP side as a browser or an attacker meets it. */
let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendco: TestClient;
const clientDist = mkdtempSync(join(tmpdir(), 'ehcp-client-'));

beforeAll(async () => {
  writeFileSync(join(clientDist, 'index.html'), '<!doctype html><title>app</title><script type="module" src="/app.js"></script>');
  writeFileSync(join(clientDist, 'app.js'), 'export {};');
  t = await startTestApp({ http: { clientDist, allowedOrigins: [] } });
  school = await createSchoolWithReview();
  sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
  rmSync(clientDist, { recursive: true, force: true });
});

/** A raw request, for headers fetch will not send (Host) or paths it would normalise. */
function raw(method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { port } = new URL(t.baseUrl);
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('security headers (helmet)', () => {
  it('sends a CSP with no inline script and no framing, no Referer, nosniff, and no HSTS outside production', async () => {
    const response = await fetch(`${t.baseUrl}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
    // API answers carry them too.
    expect((await fetch(`${t.baseUrl}/api/health`)).headers.get('content-security-policy')).toBe(csp);
  });

  it('allows exactly the stylesheet the installed Tiptap injects, by its hash', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('@tiptap/core'), 'utf8');
    const start = source.indexOf('const style = `') + 'const style = `'.length;
    const css = source.slice(start, source.indexOf('`;', start));
    expect(css).toContain('.ProseMirror');
    expect(TIPTAP_STYLE_HASH).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });

  it('sends HSTS in production', async () => {
    const app = express().use(securityHeaders({ env: 'production' }), (_req, res) => void res.send('ok'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    } finally {
      server.close();
    }
  });
});

describe('bodies and paths that cannot be read', () => {
  it('answers a body over the limit with 413 payload_too_large', async () => {
    const result = await sendco.post('/api/auth/login', { email: 'a@b.test', password: 'x'.repeat(200 * 1024) });
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe('payload_too_large');
  });

  it('answers a body that is not JSON with 415 unsupported_media_type, and malformed JSON with 400', async () => {
    const form = await sendco.request('POST', '/api/auth/login', 'email=a', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe('unsupported_media_type');
    const broken = await sendco.request('POST', '/api/auth/login', '{"email":', { 'Content-Type': 'application/json' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('validation_failed');
  });

  it('answers a malformed percent-encoding with 400, in a static path and in an API path, never 500', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%ZZ.js', '/reviews/%E0%A4%A', '/api/reviews/%E0%A4%A']) {
      const result = await raw('GET', path, { Cookie: sendco.sessionCookie! });
      expect(result.status, path).toBe(400);
      expect(JSON.parse(result.body).error.code, path).toBe('validation_failed');
    }
  });
});

describe('links in emails (issue 10, item 5)', () => {
  it('never builds a link from the Host header', async () => {
    const body = JSON.stringify({
      name: 'Host Tester',
      email: 'host.tester@example.test',
      role: 'parent_carer',
      // Within the year ahead: a due date further out is refused as a likely typo of the year.
      dueDate: addCalendarDays(todayInEngland(), 30),
    });
    const { port } = new URL(t.baseUrl);
    const result = await raw(
      'POST',
      `/api/reviews/${school.reviewId}/participants`,
      {
        Host: 'evil.example',
        Cookie: sendco.sessionCookie!,
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
      },
      body,
    );
    expect(result.status).toBe(201);
    const link = JSON.parse(result.body).link as string;
    expect(link.startsWith(`http://localhost:${port}/p/`)).toBe(true);
    const outbox = await sendco.get('/api/outbox');
    expect(JSON.stringify(outbox.body)).not.toContain('evil.example');
  });
});

describe('the same-origin check (issue 10, item 2)', () => {
  const login = (headers: Record<string, string>) =>
    new TestClient(t.baseUrl).request(
      'POST',
      '/api/auth/login',
      { email: school.staff.email, password: school.password },
      headers,
    );

  it('lets the app’s own pages, non-browser clients and cross-site GETs through', async () => {
    expect((await login({ Origin: t.baseUrl, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await login({ 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await login({})).status).toBe(200);
    // A calendar app or a link opened from an email is a cross-site GET.
    const feed = await sendco.post('/api/calendar-feeds');
    const ics = await fetch(feed.body.feed.url.replace(/^http:\/\/localhost:\d+/, t.baseUrl), {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(ics.status).toBe(200);
  });

  it('refuses a mutation from another origin, including the app on another port, before reading its body', async () => {
    const refused = await login({ Origin: `http://127.0.0.1:${Number(new URL(t.baseUrl).port) + 1}` });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('cross_origin_refused');
    const bodyless = await sendco.request('POST', '/api/calendar-feeds', undefined, { 'Sec-Fetch-Site': 'same-site' });
    expect(bodyless.status).toBe(403);
  });

  it('accepts the origins in ALLOWED_ORIGINS and PUBLIC_URL, and the host the request was sent to, when configured', async () => {
    const configured = await startTestApp({
      http: {
        publicUrl: 'https://reviews.school.example',
        allowedOrigins: ['https://reviews.school.example', 'https://staff.school.example'],
      },
    });
    try {
      const client = new TestClient(configured.baseUrl);
      const as = (origin: string) =>
        client.request('POST', '/api/auth/login', { email: school.staff.email, password: school.password }, { Origin: origin });
      expect((await as('https://reviews.school.example')).status).toBe(200);
      expect((await as('https://staff.school.example')).status).toBe(200);
      expect((await as('https://other.school.example')).status).toBe(403);
      // A page served by the host the request went to is that request's own origin (auth/same-origin.ts).
      expect((await as(configured.baseUrl)).status).toBe(200);
    } finally {
      await configured.stop();
    }
  });
});

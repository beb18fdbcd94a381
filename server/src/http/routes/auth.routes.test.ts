import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;

beforeAll(async () => {
  t = await startTestApp();
  school = await createSchoolWithReview();
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('POST /api/auth/login', () => {
  it('signs a SENDCo in with an httpOnly, SameSite session cookie', async () => {
    const client = new TestClient(t.baseUrl);
    const result = await client.post('/api/auth/login', { email: school.sendco.email.toUpperCase(), password: school.password });
    expect(result.status).toBe(200);
    expect(result.body.user).toMatchObject({ email: school.sendco.email, role: 'sendco', schoolId: school.schoolId });
    expect(result.body.user).not.toHaveProperty('passwordHash');
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ehcp_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const client = new TestClient(t.baseUrl);
    const wrong = await client.post('/api/auth/login', { email: school.sendco.email, password: 'not-the-password' });
    const unknown = await client.post('/api/auth/login', { email: 'nobody@school.test', password: 'whatever-it-is' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
    expect(client.sessionCookie).toBeNull();
  });

  it('rejects a malformed body with field-level details', async () => {
    const client = new TestClient(t.baseUrl);
    const result = await client.post('/api/auth/login', { email: 'not-an-email', password: '' });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('validation_failed');
    expect(result.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'password']);
  });

  it('rejects unparseable JSON and non-JSON bodies without crashing', async () => {
    const client = new TestClient(t.baseUrl);
    const broken = await client.request('POST', '/api/auth/login', '{"email":', { 'Content-Type': 'application/json' });
    expect(broken.status).toBe(400);
    const form = await client.request('POST', '/api/auth/login', 'email=a&password=b', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
  });
});

describe('GET /api/auth/me and logout', () => {
  it('returns 401 without a session and after signing out', async () => {
    const anonymous = new TestClient(t.baseUrl);
    expect((await anonymous.get('/api/auth/me')).status).toBe(401);
    const client = await new TestClient(t.baseUrl).login(school.staff.email, school.password);
    const cookie = client.sessionCookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = await new TestClient(t.baseUrl).request('GET', '/api/auth/me', undefined, { Cookie: cookie ?? '' });
    expect(replay.status).toBe(401);
  });
});

import { randomBytes, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, needsRehash } from '../../auth/index.ts';
import { KnownDevice, RateLimitCounter, Session, User } from '../../models/index.ts';
import { TestClient } from '../../test/http-client.ts';
import { startWithSchool, stopSchoolApp, type SchoolApp } from '../../test/school-app.ts';

/** Issue 10, item 6: scrypt at OWASP's minimum with rehash on sign-in; expired sessions are cleaned up. */
let app: SchoolApp;
beforeAll(async () => {
  app = await startWithSchool();
});
afterAll(() => stopSchoolApp(app));

/** A hash as the app stored them before: scrypt N = 2^15, r = 8, p = 1. */
function legacyHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

describe('password hashing', () => {
  it('rehashes an older, weaker hash at the next successful sign-in, and the password still works', async () => {
    await User.updateOne({ _id: app.school.staff.id }, { $set: { passwordHash: legacyHash(app.school.password) } });
    const before = (await User.findById(app.school.staff.id).select('+passwordHash').lean())!.passwordHash;
    expect(needsRehash(before!)).toBe(true);

    await new TestClient(app.t.baseUrl).login(app.school.staff.email, app.school.password);
    const after = (await User.findById(app.school.staff.id).select('+passwordHash').lean())!.passwordHash;
    expect(after).not.toBe(before);
    expect(after).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(needsRehash(after!)).toBe(false);
    await new TestClient(app.t.baseUrl).login(app.school.staff.email, app.school.password);
    expect((await User.findById(app.school.staff.id).select('+passwordHash').lean())!.passwordHash).toBe(after);
  });

  it('does not touch the hash after a wrong password', async () => {
    const stored = legacyHash(app.school.password);
    await User.updateOne({ _id: app.school.sendco.id }, { $set: { passwordHash: stored } });
    const result = await new TestClient(app.t.baseUrl).post('/api/auth/login', {
      email: app.school.sendco.email,
      password: 'wrong',
    });
    expect(result.status).toBe(401);
    expect((await User.findById(app.school.sendco.id).select('+passwordHash').lean())!.passwordHash).toBe(stored);
  });
});

describe('housekeeping', () => {
  it('deletes expired sessions, known browsers and rate-limit counters, and keeps the rest', async () => {
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 3_600_000);
    await Session.create([
      { tokenHash: hashToken('expired-session'), userId: app.school.staff.id, expiresAt: past },
      { tokenHash: hashToken('live-session'), userId: app.school.staff.id, expiresAt: future },
    ]);
    await KnownDevice.create([
      { tokenHash: hashToken('expired-device'), userId: app.school.staff.id, expiresAt: past },
      { tokenHash: hashToken('live-device'), userId: app.school.staff.id, expiresAt: future },
    ]);
    await RateLimitCounter.create([
      { key: 'test:expired', points: 3, expire: past },
      { key: 'test:live', points: 1, expire: future },
    ]);
    const counts = await app.t.app.housekeeping.sweep();
    expect(counts).toMatchObject({
      sessions: expect.any(Number),
      knownDevices: expect.any(Number),
      rateLimits: expect.any(Number),
    });
    expect(await Session.countDocuments({ tokenHash: hashToken('expired-session') })).toBe(0);
    expect(await Session.countDocuments({ tokenHash: hashToken('live-session') })).toBe(1);
    expect(await KnownDevice.countDocuments({ tokenHash: hashToken('expired-device') })).toBe(0);
    expect(await KnownDevice.countDocuments({ tokenHash: hashToken('live-device') })).toBe(1);
    expect(await RateLimitCounter.countDocuments({ key: 'test:expired' })).toBe(0);
    expect(await RateLimitCounter.countDocuments({ key: 'test:live' })).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction } from '@ehcp/shared';
import { KNOWN_DEVICES_PER_ACCOUNT } from '../../auth/index.ts';
import { AuditEvent, KnownDevice, User } from '../../models/index.ts';
import { createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../../test/test-app.ts';

/**
 * Issue 10, item 1: failed sign-ins are limited (decision 37). Addresses are simulated with
 * X-Forwarded-For, which the app trusts from loopback only (`trust proxy`), as from a reverse
 * proxy on the same host.
 */
let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
let other: Awaited<ReturnType<typeof createSchoolWithReview>>;

beforeAll(async () => {
  t = await startTestApp();
  school = await createSchoolWithReview();
  other = await createSchoolWithReview();
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

let nextAddress = 10;
/** A fresh client address for one test. */
const freshAddress = () => `198.51.100.${nextAddress++}`;

function signIn(from: string, email: string, password: string, client = new TestClient(t.baseUrl)) {
  return client.request('POST', '/api/auth/login', { email, password }, { 'X-Forwarded-For': from });
}

const auditCount = async (action: AuditAction, userId: string) => AuditEvent.countDocuments({ action, 'actor.id': userId });

describe('sign-in throttling', () => {
  it('refuses 40 wrong sign-ins before the 40th while another account still signs in from the same address', async () => {
    const from = freshAddress();
    const statuses: number[] = [];
    let refusal: Awaited<ReturnType<typeof signIn>> | null = null;
    for (let attempt = 1; attempt <= 40; attempt += 1) {
      const result = await signIn(from, school.sendco.email, `wrong-${attempt}`);
      statuses.push(result.status);
      if (result.status === 429 && !refusal) refusal = result;
    }
    // Ten wrong passwords are answered as such; the eleventh is checked, fails and starts the pause.
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(30).fill(429));
    expect(refusal!.body.error.code).toBe('rate_limited');
    expect(refusal!.body.error.message).toMatch(/^Too many failed sign-ins\. Please try again in 15 minutes\.$/);
    expect(Number(refusal!.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(Number(refusal!.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);

    // The right password is refused the same way while paused: the pause tells a guesser nothing.
    const right = await signIn(from, school.sendco.email, school.password);
    expect(right.status).toBe(429);
    expect(right.headers.get('set-cookie')).toBeNull();

    // Another account from the same address (a school behind one NAT) is not affected.
    const colleague = await signIn(from, school.staff.email, school.password);
    expect(colleague.status).toBe(200);

    // Eleven checked failures and one pause are audited; the 29 refused attempts after it are not.
    expect(await auditCount('session.sign_in_failed', school.sendco.id)).toBe(11);
    expect(await auditCount('session.sign_in_paused', school.sendco.id)).toBe(1);
    const paused = await AuditEvent.findOne({ action: 'session.sign_in_paused', 'actor.id': school.sendco.id }).lean();
    expect(paused).toMatchObject({ schoolId: expect.anything(), details: { limit: 'account-address', minutes: 15 } });

    // From another address the owner still signs in: the pause was for this address only.
    expect((await signIn(freshAddress(), school.sendco.email, school.password)).status).toBe(200);
  });

  it('pauses an account guessed at from many addresses briefly, and a browser it signed in from before still gets in', async () => {
    const target = other.sendco.email;
    // The owner signed in from their browser at school before the attack.
    const atSchool = freshAddress();
    const ownBrowser = new TestClient(t.baseUrl);
    expect((await signIn(atSchool, target, other.password, ownBrowser)).status).toBe(200);
    expect(ownBrowser.cookie('ehcp_device')).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Thirty failures from three addresses reach the account-wide limit; the 31st starts a 5-minute pause.
    for (let burst = 0; burst < 3; burst += 1) {
      const from = freshAddress();
      for (let attempt = 0; attempt < 10; attempt += 1) expect((await signIn(from, target, 'guess')).status).toBe(401);
    }
    const pausing = await signIn(freshAddress(), target, 'guess');
    expect(pausing.status).toBe(429);
    expect(Number(pausing.headers.get('retry-after'))).toBeLessThanOrEqual(5 * 60);

    // A new browser with the right password waits out the short pause…
    expect((await signIn(freshAddress(), target, other.password)).status).toBe(429);
    // …but the owner's own browser gets in, even from the attacker's address (one school NAT).
    const fromOwnBrowser = await signIn(atSchool, target, other.password, ownBrowser);
    expect(fromOwnBrowser.status).toBe(200);
    expect(await auditCount('session.sign_in_paused', other.sendco.id)).toBe(1);
  });

  it('limits wrong passwords from a known browser on their own, and a known browser proves only its own account', async () => {
    const from = freshAddress();
    const browser = new TestClient(t.baseUrl);
    expect((await signIn(from, school.staff.email, school.password, browser)).status).toBe(200);
    // Someone at that browser guessing: ten wrong passwords, then a pause for that browser.
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect((await signIn(from, school.staff.email, 'guess', browser)).status).toBe(401);
    expect((await signIn(from, school.staff.email, 'guess', browser)).status).toBe(429);
    expect((await signIn(from, school.staff.email, school.password, browser)).status).toBe(429);
    // The cookie counts for nothing with another account: that one is limited like any new browser.
    const forOther = await signIn(from, other.staff.email, other.password, browser);
    expect(forOther.status).toBe(200);
  });

  it('keeps at most 20 known browsers per account, the most recent', async () => {
    const from = freshAddress();
    for (let i = 0; i < KNOWN_DEVICES_PER_ACCOUNT + 2; i += 1)
      expect((await signIn(from, other.staff.email, other.password)).status).toBe(200);
    expect(await KnownDevice.countDocuments({ userId: other.staff.id })).toBe(KNOWN_DEVICES_PER_ACCOUNT);
  });

  it('answers unknown emails exactly like real accounts, pause included', async () => {
    const from = freshAddress();
    const replies = [];
    for (let attempt = 0; attempt < 11; attempt += 1) replies.push(await signIn(from, 'nobody@school.test', 'guess'));
    expect(replies.map((r) => r.status)).toEqual([...Array(10).fill(401), 429]);
    expect(await User.countDocuments({ email: 'nobody@school.test' })).toBe(0);
  });
});

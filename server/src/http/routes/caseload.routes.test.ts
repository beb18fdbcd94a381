import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  CASELOAD_GROUPS,
  CASELOAD_SORTS,
  REVIEW_STAGES,
  URGENCIES,
  type CaseloadGroup,
  type CaseloadPage,
  type CaseloadRow,
  type CaseloadSort,
} from '@ehcp/shared';
import { CaseloadEntry, CaseloadState, Pupil, Review } from '../../models/index.ts';
import {
  CHANGE_SLOTS,
  MAX_RECORDED_IDS,
  caseloadRowOf,
  groupsOf,
  loadCurrentCycles,
  rebuildCaseloadEntries,
  refreshCaseloadEntries,
  rowOnDay,
  startCaseloadEpoch,
} from '../../services/index.ts';
import { createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { startTestApp } from '../../test/test-app.ts';
import { startWithSchool, stopSchoolApp, type SchoolApp } from '../../test/school-app.ts';

/**
 * The caseload is searched, filtered, sorted and paged on the server, from entries stored per
 * pupil (issue 11 item 2, issue 13 item 5). The reference here is the engine run directly on the
 * stored facts, filtered and sorted in memory, as the caseload was before it was stored: every
 * page the API answers must be exactly the matching slice of it.
 */
const today = '2026-12-02';
const PUPILS = 137;
const LAS = ['Northshire', 'Southvale', 'Eastmere', null];
let s: SchoolApp;

/** A small deterministic PRNG (mulberry32), so a failure names its seed and replays. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

async function seedPupils(schoolId: string, count: number, seed: number): Promise<void> {
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  for (let i = 0; i < count; i += 1) {
    const age = 3 + Math.floor(next() * 16);
    const born = addCalendarDays(today, -(age * 365 + Math.floor(next() * 365)));
    const issued = addCalendarDays(today, -(200 + Math.floor(next() * 900)));
    const lastReview = next() < 0.7 ? addCalendarDays(today, -(100 + Math.floor(next() * 320))) : null;
    const pupil = await Pupil.create({
      schoolId,
      name: `${pick(['Ava', 'Ben', 'Cal', 'Zoë', 'Dev', 'Ema'])} ${pick(['Khan', 'Nowak', 'Smith', 'Ali'])} ${i}`,
      dateOfBirth: born,
      planIssuedDate: issued < born ? addCalendarDays(born, 400) : issued,
      lastReviewMeetingDate: lastReview && lastReview > issued ? lastReview : null,
      upn: i % 9 === 0 ? `K${String(100000000000 + i).slice(1)}X` : null,
      la: pick(LAS),
    });
    const meeting = next();
    await Review.create({
      schoolId,
      pupilId: pupil._id,
      meetingDate: meeting < 0.3 ? addCalendarDays(today, Math.floor(next() * 40) - 10) : null,
      meetingHeld: meeting < 0.1,
    });
  }
}

/** The reference: every current cycle worked out now, in the caseload's order for `sort`. */
async function referenceRows(schoolId: string, sort: CaseloadSort, group: CaseloadGroup): Promise<CaseloadRow[]> {
  const rows = (await loadCurrentCycles(schoolId, today)).map((cycle) => caseloadRowOf(cycle, today));
  const name = (a: CaseloadRow, b: CaseloadRow) => (a.pupilName.toLowerCase() < b.pupilName.toLowerCase() ? -1 : 1);
  const risk = (row: CaseloadRow) => (row.phaseTransfer ? (row.phaseTransfer.atRisk ? 0 : 1) : 2);
  const compare: Record<CaseloadSort, (a: CaseloadRow, b: CaseloadRow) => number> = {
    name,
    statutory: (a, b) => a.statutory.dueDate.localeCompare(b.statutory.dueDate) || name(a, b),
    urgency: (a, b) =>
      (group === 'transfer' ? risk(a) - risk(b) : 0) ||
      URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) ||
      a.nextAction.dueDate.localeCompare(b.nextAction.dueDate) ||
      name(a, b),
  };
  return rows.sort(compare[sort]);
}

const inGroup = (row: CaseloadRow, group: CaseloadGroup) =>
  group === 'all' || groupsOf(row).includes(group as Exclude<CaseloadGroup, 'all'>);

async function getPage(client: TestClient, query: Record<string, string | number>): Promise<CaseloadPage> {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]));
  const response = await client.get(`/api/caseload?${search}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as CaseloadPage;
}

async function allPages(query: Record<string, string | number>, pageSize: number): Promise<CaseloadRow[]> {
  const rows: CaseloadRow[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await getPage(s.sendco, { ...query, page, pageSize });
    rows.push(...answer.rows);
    if (page * pageSize >= answer.total) return rows;
  }
}

beforeAll(async () => {
  s = await startWithSchool({ today });
  await seedPupils(s.school.schoolId, PUPILS, 20261202);
});
afterAll(() => stopSchoolApp(s));

describe('GET /api/caseload: paged on the server', () => {
  it('answers, for every group and order, exactly the reference rows, page by page, without overlap', async () => {
    for (const sort of CASELOAD_SORTS) {
      for (const group of CASELOAD_GROUPS) {
        const expected = (await referenceRows(s.school.schoolId, sort, group)).filter((row) => inGroup(row, group));
        const pages = await allPages({ sort, group }, 25);
        expect(
          pages.map((row) => row.reviewId),
          `${sort} ${group}`,
        ).toEqual(expected.map((row) => row.reviewId));
        expect(pages).toEqual(expected);
      }
    }
  }, 180_000);

  it('counts each group under the same search and filters, and offers the filter values present', async () => {
    const answer = await getPage(s.sendco, { la: 'Northshire', pageSize: 5 });
    const reference = await referenceRows(s.school.schoolId, 'urgency', 'all');
    const northshire = await Pupil.find({ schoolId: s.school.schoolId, la: 'Northshire' }, { _id: 1 }).lean();
    const northshireReviews = new Set(
      (await Review.find({ pupilId: { $in: northshire.map((p) => p._id) } }, { _id: 1 }).lean()).map((r) => String(r._id)),
    );
    const expected = reference.filter((row) => northshireReviews.has(row.reviewId));
    for (const group of CASELOAD_GROUPS) {
      expect(answer.counts[group], group).toBe(expected.filter((row) => inGroup(row, group)).length);
    }
    expect(answer.total).toBe(expected.length);
    expect(answer.rows).toHaveLength(Math.min(5, expected.length));
    expect(answer.rows.every((row) => northshireReviews.has(row.reviewId))).toBe(true);
    expect(answer.options.las).toEqual(['Eastmere', 'Northshire', 'Southvale']);
    expect(answer.options.yearGroups).toEqual([...answer.options.yearGroups].sort((a, b) => a - b));
  });

  it('filters by year group, stage and urgency, and searches names (any case, any part) and UPNs', async () => {
    const all = await referenceRows(s.school.schoolId, 'urgency', 'all');
    const sample = all[17]!;
    const byYear = await allPages({ yearGroup: sample.yearGroup }, 100);
    expect(byYear.map((r) => r.reviewId)).toEqual(all.filter((r) => r.yearGroup === sample.yearGroup).map((r) => r.reviewId));
    for (const stage of REVIEW_STAGES) {
      const rows = await allPages({ stage }, 100);
      expect(
        rows.map((r) => r.reviewId),
        stage,
      ).toEqual(all.filter((r) => r.stage === stage).map((r) => r.reviewId));
    }
    for (const urgency of URGENCIES) {
      const rows = await allPages({ urgency }, 100);
      expect(
        rows.map((r) => r.reviewId),
        urgency,
      ).toEqual(all.filter((r) => r.urgency === urgency).map((r) => r.reviewId));
    }
    const zoe = await allPages({ q: 'ZOË' }, 100);
    expect(zoe.length).toBeGreaterThan(0);
    expect(zoe.map((r) => r.reviewId)).toEqual(all.filter((r) => r.pupilName.startsWith('Zoë')).map((r) => r.reviewId));
    // Regular-expression characters are searched as text.
    expect((await getPage(s.sendco, { q: '.*' })).total).toBe(0);
    const withUpn = await Pupil.findOne({ schoolId: s.school.schoolId, upn: { $ne: null } }).lean();
    const byUpn = await getPage(s.sendco, { q: withUpn!.upn!.toLowerCase() });
    expect(byUpn.rows.map((r) => r.pupilName)).toEqual([withUpn!.name]);
  }, 180_000);

  it('refuses a query it cannot answer, saying which part is wrong', async () => {
    for (const bad of ['pageSize=1000', 'page=0', 'sort=age', 'group=late', 'yearGroup=six', 'stage=done', 'urgency=soon']) {
      const response = await s.sendco.get(`/api/caseload?${bad}`);
      expect(response.status, bad).toBe(400);
      expect(response.body.error.code, bad).toBe('validation_failed');
      expect(JSON.stringify(response.body.error.details), bad).toContain(bad.split('=')[0]);
    }
    // Blank form fields are no filter.
    expect((await s.sendco.get('/api/caseload?la=&stage=&q=&page=')).status).toBe(200);
  });

  it('shows a booked meeting at once: the row follows the facts, not the next daily rebuild', async () => {
    const before = (await allPages({}, 100)).find((row) => row.reviewId === s.school.reviewId)!;
    expect(before.stage).toBe('not-started');
    const booked = await s.sendco.request('PATCH', `/api/reviews/${s.school.reviewId}/meeting`, {
      date: addCalendarDays(today, 20),
    });
    expect(booked.status).toBe(200);
    const after = (await getPage(s.sendco, { stage: 'meeting-booked', pageSize: 100 })).rows;
    expect(after.find((row) => row.reviewId === s.school.reviewId)?.meetingDate).toBe(addCalendarDays(today, 20));
  });

  it('works the rows out again for a new day, whichever process reads first', async () => {
    const tomorrow = addCalendarDays(today, 1);
    const later = await startTestApp({ today: tomorrow });
    try {
      const client = await new TestClient(later.baseUrl).login(s.school.sendco.email, s.school.password);
      const response = await client.get('/api/caseload?pageSize=100');
      expect(response.body.asOf).toBe(tomorrow);
      const row = (response.body as CaseloadPage).rows.find((r) => r.reviewId === s.school.reviewId)!;
      const cycles = await loadCurrentCycles(s.school.schoolId, tomorrow, { pupilIds: [s.school.pupilId] });
      expect(row).toEqual(caseloadRowOf(cycles[0]!, tomorrow));
      expect((await CaseloadState.findById(s.school.schoolId).lean())?.asOf).toBe(tomorrow);
    } finally {
      await later.stop();
    }
    // Back on today's process: rebuilt for today again.
    const again = await getPage(s.sendco, { pageSize: 1 });
    expect(again.asOf).toBe(today);
    expect(again.total).toBe(PUPILS + 1);
  });

  it('shows another school nothing of this one', async () => {
    const other = await createSchoolWithReview();
    const client = await new TestClient(s.t.baseUrl).login(other.sendco.email, other.password);
    const answer = await getPage(client, { pageSize: 100 });
    expect(answer.total).toBe(1);
    expect(answer.rows[0]!.reviewId).toBe(other.reviewId);
    expect(answer.options.las).toEqual([]);
  });
});

describe('the daily rebuild', () => {
  it('runs in housekeeping: a school checked on another day is worked out again for today', async () => {
    const yesterday = addCalendarDays(today, -1);
    await CaseloadState.updateOne({ _id: s.school.schoolId }, { $set: { asOf: yesterday } });
    // One entry as yesterday left it, wrong for today: the sweep must replace it.
    await CaseloadEntry.updateOne({ _id: s.school.pupilId }, { $set: { asOf: yesterday, stage: 'stale' } });
    const counts = await s.t.app.housekeeping.sweep();
    expect(counts.caseloads).toBeGreaterThanOrEqual(1);
    expect((await CaseloadState.findById(s.school.schoolId).lean())?.asOf).toBe(today);
    expect(await CaseloadEntry.findById(s.school.pupilId).lean()).toMatchObject({ asOf: today });
    expect((await CaseloadEntry.findById(s.school.pupilId).lean())?.stage).not.toBe('stale');
  });
});

describe('caseload entries under races', () => {
  it('end on the latest facts whatever order an edit and a rebuild finish in', async () => {
    const schoolId = s.school.schoolId;
    const pupils = await Pupil.find({ schoolId }, { _id: 1 }).limit(20).lean();
    const ids = pupils.map((p) => String(p._id));
    for (let round = 0; round < 5; round += 1) {
      const edits = ids.slice(round * 4, round * 4 + 4).map(async (pupilId, k) => {
        await Review.updateOne({ pupilId }, { $set: { meetingDate: addCalendarDays(today, 5 + round + k) } });
        await refreshCaseloadEntries(schoolId, [pupilId], today);
      });
      await Promise.all([rebuildCaseloadEntries(schoolId, today), ...edits, rebuildCaseloadEntries(schoolId, today)]);
    }
    const stored = (await CaseloadEntry.find({ schoolId }, { row: 1 }).lean()).map((entry) => ({
      row: rowOnDay(entry.row as CaseloadRow, today),
    }));
    const fresh = (await loadCurrentCycles(schoolId, today)).map((cycle) => caseloadRowOf(cycle, today));
    const byReview = (rows: CaseloadRow[]) => Object.fromEntries(rows.map((row) => [row.reviewId, row]));
    expect(byReview(stored.map((entry) => entry.row as CaseloadRow))).toEqual(byReview(fresh));
  });

  it('build a school from nothing twice at once without an error or a missing row', async () => {
    const schoolId = s.school.schoolId;
    await CaseloadEntry.deleteMany({ schoolId });
    await CaseloadState.deleteOne({ _id: schoolId });
    await Promise.all([rebuildCaseloadEntries(schoolId, today), rebuildCaseloadEntries(schoolId, today)]);
    expect(await CaseloadEntry.countDocuments({ schoolId })).toBe(await Review.countDocuments({ schoolId }));
  });

  it('drop a pupil that no longer has a review, and never one added while a rebuild runs', async () => {
    const schoolId = s.school.schoolId;
    const gone = await Pupil.create({ schoolId, name: 'Gone Soon', dateOfBirth: '2014-02-02', planIssuedDate: '2022-02-02' });
    const goneReview = await Review.create({ schoolId, pupilId: gone._id });
    await refreshCaseloadEntries(schoolId, [String(gone._id)], today);
    expect(await CaseloadEntry.exists({ _id: gone._id })).toBeTruthy();
    await Review.deleteOne({ _id: goneReview._id });
    const rebuild = rebuildCaseloadEntries(schoolId, today);
    const added = await Pupil.create({
      schoolId,
      name: 'Added Meanwhile',
      dateOfBirth: '2014-03-03',
      planIssuedDate: '2022-03-03',
    });
    await Review.create({ schoolId, pupilId: added._id });
    await refreshCaseloadEntries(schoolId, [String(added._id)], today);
    await rebuild;
    expect(await CaseloadEntry.exists({ _id: gone._id })).toBeNull();
    expect(await CaseloadEntry.exists({ _id: added._id })).toBeTruthy();
  });
});

describe("a process's copy of the entries (decision 73)", () => {
  const pageOfAll = async () => allPages({ sort: 'name' }, 100);
  const expectedAll = async () => referenceRows(s.school.schoolId, 'name', 'all');

  it('catches up on an entry another process wrote, fetching only that pupil', async () => {
    await pageOfAll(); // this process now holds the school
    const before = (await CaseloadState.findById(s.school.schoolId).lean())!;
    // "Another process": the entry rewritten in the database and the change recorded, as any process's write is.
    const pupil = await Pupil.findOne({ schoolId: s.school.schoolId, name: { $ne: 'Gone Soon' } }).lean();
    await Review.updateOne({ pupilId: pupil!._id }, { $set: { meetingDate: addCalendarDays(today, 33) } });
    await refreshCaseloadEntries(s.school.schoolId, [String(pupil!._id)], today);
    const after = (await CaseloadState.findById(s.school.schoolId).lean())!;
    expect(after.version).toBe(before.version + 1);
    expect(after.epoch).toBe(before.epoch);
    const rows = await pageOfAll();
    expect(rows.find((row) => row.pupilName === pupil!.name)?.meetingDate).toBe(addCalendarDays(today, 33));
    expect(rows).toEqual(await expectedAll());
  });

  it('reads the school again when more writes happened than the state remembers', async () => {
    await pageOfAll();
    const pupils = await Pupil.find({ schoolId: s.school.schoolId }, { _id: 1 }).limit(3).lean();
    for (let write = 0; write < CHANGE_SLOTS + 2; write += 1) {
      const pupilId = String(pupils[write % pupils.length]!._id);
      await Review.updateOne({ pupilId }, { $set: { meetingDate: addCalendarDays(today, 40 + write) } });
      await refreshCaseloadEntries(s.school.schoolId, [pupilId], today);
    }
    expect(await pageOfAll()).toEqual(await expectedAll());
  }, 120_000);

  it('reads the school again after a write too large to record, and after a new epoch', async () => {
    await pageOfAll();
    const pupils = await Pupil.find({ schoolId: s.school.schoolId }).lean();
    await Review.updateMany({ schoolId: s.school.schoolId }, { $set: { meetingDate: addCalendarDays(today, 9) } });
    await refreshCaseloadEntries(
      s.school.schoolId,
      pupils.map((pupil) => String(pupil._id)),
      today,
    );
    expect(pupils.length).toBeLessThanOrEqual(MAX_RECORDED_IDS); // so: recorded, one by one
    expect(await pageOfAll()).toEqual(await expectedAll());
    await startCaseloadEpoch(s.school.schoolId, today);
    await Review.updateMany({ schoolId: s.school.schoolId }, { $set: { meetingDate: null } });
    // Written behind every copy's back, then a new epoch: the next read must see it all.
    await rebuildCaseloadEntries(s.school.schoolId, today);
    expect(await pageOfAll()).toEqual(await expectedAll());
  }, 120_000);
});

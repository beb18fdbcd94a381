import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../engine.ts';

const base = { dateOfBirth: '2006-06-01', planIssuedDate: '2024-12-01', asOf: '2025-12-01' };

// label, extra input, appealDeadline (undefined = absent)
// prettier-ignore
const APPEAL_CASES = [
  ['2 months after the decision letter', { decision: 'cease', decisionNotifiedDate: '2025-11-25' }, '2026-01-25'],
  ['decision on 31 December: clamps to 28 February', { decision: 'cease', decisionNotifiedDate: '2025-12-31' }, '2026-02-28'],
  ['decision on 31 December before a leap year: 29 February', { decision: 'cease', decisionNotifiedDate: '2027-12-31' }, '2028-02-29'],
  ['later mediation certificate extends it (+1 month)', { decision: 'cease', decisionNotifiedDate: '2025-11-25', mediationCertificateDate: '2026-01-10' }, '2026-02-10'],
  ['earlier mediation certificate does not shorten it', { decision: 'cease', decisionNotifiedDate: '2025-11-25', mediationCertificateDate: '2025-12-01' }, '2026-01-25'],
  ['mediation certificate on 31 January: clamps to 28 February', { decision: 'cease', decisionNotifiedDate: '2025-12-20', mediationCertificateDate: '2026-01-31' }, '2026-02-28'],
  ['after a review meeting', { decision: 'cease', meetingDate: '2025-11-01', decisionNotifiedDate: '2025-11-20' }, '2026-01-20'],
  ['decision amend: no appeal deadline', { decision: 'amend', decisionNotifiedDate: '2025-11-25' }, undefined],
  ['decision maintain: no appeal deadline', { decision: 'maintain', decisionNotifiedDate: '2025-11-25' }, undefined],
  ['cease not yet notified: no appeal deadline', { decision: 'cease' }, undefined],
  ['notified without a decision: no appeal deadline', { decisionNotifiedDate: '2025-11-25' }, undefined],
] as const;

describe('appeal deadline after a decision to cease (R17)', () => {
  it.each(APPEAL_CASES)('%s', (_label, extra, deadline) => {
    const t = computeTimeline({ ...base, ...extra });
    expect(t.appealDeadline).toBe(deadline);
    expect('appealDeadline' in t).toBe(deadline !== undefined);
  });
});

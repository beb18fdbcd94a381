/**
 * Stored expected outputs. The test script runs the suite under several TZ values
 * (UTC, Europe/London, Pacific/Auckland, America/Los_Angeles); every run must produce exactly
 * these dates. The inputs sit on DST change days in London, Auckland and Los Angeles, and on
 * 29 February and month ends, where a time-zone slip would show as a one-day error.
 */
import { describe, expect, it } from 'vitest';
import { computeTimeline } from './engine.ts';
import type { Timeline } from './types.ts';
import type { TimelineInput } from './schema.ts';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const GOLDEN: readonly { name: string; input: TimelineInput; expected: Timeline }[] = [
  {
    name: 'Year 6: capped decision, late proposals, primary-to-secondary transfer',
    input: {
      dateOfBirth: '2014-10-20',
      planIssuedDate: '2024-11-15',
      asOf: '2025-11-10',
      meetingDate: '2025-11-01',
      proposedAmendmentsSentDate: '2025-11-20',
      decision: 'amend',
      decisionNotifiedDate: '2025-11-14',
      transfer: { type: 'primary-to-secondary', transferDate: '2026-09-01' },
    },
    expected: {
      yearGroup: 6,
      yearGroupAtMeeting: 6,
      reviewAnchorDate: '2024-11-15',
      reviewDueBy: '2025-11-14',
      anniversaryDate: '2025-11-15',
      latestMeetingDate: '2025-10-17',
      reviewSurfaceFrom: '2025-08-22',
      inviteBy: '2025-10-18',
      adviceCirculatedBy: '2025-10-18',
      requestAdviceTarget: '2025-09-20',
      sendInvitesTarget: '2025-10-04',
      reportDueBy: '2025-11-15',
      decisionDueBy: '2025-11-14',
      nextReviewDueBy: '2026-10-31',
      representationsCloseOn: '2025-12-04',
      earliestFinalIssueDate: '2025-12-05',
      finalPlanDueBy: '2026-01-15',
      finalPlanLongstop: '2026-01-24',
      effectiveFinalPlanDueBy: '2026-01-15',
      phaseTransfer: {
        calendarYear: 2026,
        namedDate: '2026-02-15',
        lastCompliantDay: '2026-02-14',
        windowOpens: '2025-09-01',
        latestMeetingDate: '2025-11-22',
        atRisk: false,
      },
      flags: {
        isUnderFive: false,
        isYear9Plus: false,
        meetingLate: false,
        decisionWindowCapped: true,
        proposedAmendmentsLate: true,
      },
    },
  },
  {
    name: 'under five, overdue, dates on London and Auckland DST days',
    input: { dateOfBirth: '2021-03-28', planIssuedDate: '2024-03-31', asOf: '2025-04-06' },
    expected: {
      yearGroup: -1,
      reviewAnchorDate: '2024-03-31',
      reviewDueBy: '2025-03-30',
      anniversaryDate: '2025-03-31',
      latestMeetingDate: '2025-03-02',
      reviewSurfaceFrom: '2025-01-05',
      daysOverdue: 7,
      underFiveReviewWindow: { from: '2024-06-30', to: '2024-09-30' },
      flags: { isUnderFive: true, isYear9Plus: false, reviewOverdue: true },
    },
  },
  {
    name: 'override, late meeting on the US DST day, cease with mediation, post16-to-post16',
    input: {
      dateOfBirth: '2008-09-01',
      planIssuedDate: '2023-10-29',
      lastReviewMeetingDate: '2024-10-27',
      meetingDate: '2025-11-02',
      asOf: '2025-11-03',
      decision: 'cease',
      decisionNotifiedDate: '2025-11-30',
      mediationCertificateDate: '2026-01-05',
      transfer: { type: 'post16-to-post16', transferDate: '2026-04-06' },
      yearGroupOverride: 11,
    },
    expected: {
      yearGroup: 11,
      yearGroupAtMeeting: 11,
      reviewAnchorDate: '2024-10-27',
      reviewDueBy: '2025-10-26',
      anniversaryDate: '2025-10-27',
      latestMeetingDate: '2025-09-28',
      reviewSurfaceFrom: '2025-08-03',
      inviteBy: '2025-10-19',
      adviceCirculatedBy: '2025-10-19',
      requestAdviceTarget: '2025-09-21',
      sendInvitesTarget: '2025-10-05',
      reportDueBy: '2025-11-16',
      decisionDueBy: '2025-11-30',
      nextReviewDueBy: '2026-11-01',
      phaseTransfer: {
        calendarYear: 2026,
        namedDate: null,
        lastCompliantDay: '2025-11-06',
        windowOpens: '2025-04-06',
        latestMeetingDate: '2025-08-14',
        atRisk: true,
      },
      appealDeadline: '2026-02-05',
      flags: { isUnderFive: false, isYear9Plus: true, meetingLate: true },
    },
  },
  {
    name: '29 February: leap-day birth, due date and amendment chain; early-years transfer',
    input: {
      dateOfBirth: '2020-02-29',
      planIssuedDate: '2023-03-01',
      asOf: '2024-02-29',
      meetingDate: '2024-02-01',
      proposedAmendmentsSentDate: '2024-02-20',
      transfer: { type: 'early-years-to-school', transferDate: '2024-09-02' },
    },
    expected: {
      yearGroup: -1,
      yearGroupAtMeeting: -1,
      reviewAnchorDate: '2023-03-01',
      reviewDueBy: '2024-02-29',
      anniversaryDate: '2024-03-01',
      latestMeetingDate: '2024-02-01',
      reviewSurfaceFrom: '2023-12-07',
      inviteBy: '2024-01-18',
      adviceCirculatedBy: '2024-01-18',
      requestAdviceTarget: '2023-12-21',
      sendInvitesTarget: '2024-01-04',
      reportDueBy: '2024-02-15',
      decisionDueBy: '2024-02-29',
      nextReviewDueBy: '2025-01-31',
      representationsCloseOn: '2024-03-05',
      earliestFinalIssueDate: '2024-03-06',
      finalPlanDueBy: '2024-04-16',
      finalPlanLongstop: '2024-04-25',
      effectiveFinalPlanDueBy: '2024-02-14',
      phaseTransfer: {
        calendarYear: 2024,
        namedDate: '2024-02-15',
        lastCompliantDay: '2024-02-14',
        windowOpens: '2023-09-02',
        latestMeetingDate: '2023-11-22',
        atRisk: true,
      },
      underFiveReviewWindow: { from: '2023-06-01', to: '2023-09-01' },
      flags: {
        isUnderFive: true,
        isYear9Plus: false,
        meetingLate: false,
        decisionWindowCapped: false,
        proposedAmendmentsLate: false,
      },
    },
  },
];

describe(`stored expected timelines, independent of the time zone (running in ${zone})`, () => {
  it.each(GOLDEN)('$name', ({ input, expected }) => {
    const timeline = computeTimeline(input);
    expect(timeline).toStrictEqual(expected);
    // Same keys in the same (section 4) order when serialised.
    expect(JSON.stringify(timeline)).toBe(JSON.stringify(expected));
  });
});

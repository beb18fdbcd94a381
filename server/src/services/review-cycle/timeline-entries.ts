import type { TimelineEntry } from '@ehcp/shared';
import type { Timeline, TimelineExplanations, TimelineField } from '@ehcp/shared/deadlines';

/** Dates shown on a review's visual timeline, with their labels for people. */
export const TIMELINE_LABELS: Partial<Record<TimelineField, string>> = {
  reviewSurfaceFrom: 'Start preparing the review',
  requestAdviceTarget: 'Request advice (target)',
  sendInvitesTarget: 'Send invitations (target)',
  inviteBy: 'Last day to give 2 weeks’ notice of the meeting',
  adviceCirculatedBy: 'Circulate advice and papers',
  latestMeetingDate: 'Latest meeting date',
  reportDueBy: 'Review report to the LA',
  decisionDueBy: 'LA decision due',
  reviewDueBy: 'Annual review due by',
  representationsCloseOn: 'Representations close',
  finalPlanDueBy: 'Final amended plan due',
  finalPlanLongstop: 'Final plan longstop (12 weeks)',
  'phaseTransfer.latestMeetingDate': 'Latest phase-transfer meeting',
  'phaseTransfer.lastCompliantDay': 'Phase transfer: plan amended by',
  'underFiveReviewWindow.from': 'Under-five interim review window opens',
  'underFiveReviewWindow.to': 'Under-five interim review window closes',
  nextReviewDueBy: 'Next annual review due by',
  appealDeadline: 'Appeal deadline',
};

function valueAt(timeline: Timeline, field: TimelineField): unknown {
  const [head, tail] = field.split('.') as [keyof Timeline, string | undefined];
  const value = timeline[head];
  return tail && value && typeof value === 'object' ? (value as unknown as Record<string, unknown>)[tail] : value;
}

/** The dated entries of a timeline, earliest first; the booked meeting is included. */
export function timelineEntriesOf(
  timeline: Timeline,
  explanations: TimelineExplanations,
  meetingDate: string | null,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const [field, label] of Object.entries(TIMELINE_LABELS) as [TimelineField, string][]) {
    const date = valueAt(timeline, field);
    if (typeof date === 'string') entries.push({ field, label, date, explanation: explanations[field] ?? null });
  }
  if (meetingDate) entries.push({ field: 'meetingDate', label: 'Review meeting', date: meetingDate, explanation: null });
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

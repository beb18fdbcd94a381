export * from './MeetingReportForm.tsx';
export * from './FinalisedReport.tsx';
export * from './QuotedContributions.tsx';
export * from './ParticipantMeetingReport.tsx';
export type { Invitee } from './AddInvitees.tsx';
export * from './LiveMeetingReport.tsx';
export { focusReportField } from './focus-field.ts';

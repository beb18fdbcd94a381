export * from './MeetingReportForm.tsx';
export * from './FinalisedReport.tsx';
export * from './QuotedContributions.tsx';

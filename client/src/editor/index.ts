export * from './ReportEditor.tsx';
export * from './ReadOnlyReport.tsx';
export * from './collaboration/useCollabDoc.ts';

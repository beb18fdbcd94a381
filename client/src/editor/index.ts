export * from './ReportEditor.tsx';
export * from './ReadOnlyReport.tsx';
export * from './collaboration/useCollabDoc.ts';
export * from './collaboration/report-bindings.ts';
export { clearAllLocalCopies } from './collaboration/local-copy.ts';
export { useRemoteChanges, type ChangedPart, type RemoteChange } from './collaboration/remote-changes.ts';

export * from './circulation-warnings.ts';
export * from './preview-circulation.ts';
export * from './present-circulation.ts';
export * from './get-circulation.ts';
export * from './notify-participants.ts';
export * from './circulate-papers.ts';
export * from './get-participant-papers.ts';

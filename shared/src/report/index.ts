export * from './report-layout.ts';
export * from './meeting-report.ts';
export * from './completeness.ts';
export * from './report-blocks.ts';
export * from './report-sections.ts';
export * from './render-html.ts';
export * from './field-roles.ts';

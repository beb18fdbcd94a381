export * from './export-report-file.ts';
export * from './report-file-content.ts';
export * from './report-file-text.ts';
export * from './render-report-pdf.ts';
export * from './render-report-docx.ts';

export * from './csv-row.ts';

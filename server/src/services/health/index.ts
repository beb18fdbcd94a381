export * from './check-health.ts';

export * from './seed-demo-school.ts';

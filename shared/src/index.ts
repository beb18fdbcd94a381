export * from './dates/index.ts';
export * from './schemas/index.ts';
export * from './realtime/index.ts';
export * from './errors/index.ts';
export * from './report/index.ts';
export * from './views/index.ts';
export * from './api/index.ts';

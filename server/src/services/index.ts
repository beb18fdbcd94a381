export * from './clock.ts';
export * from './sessions/index.ts';
export * from './caseload/index.ts';
export * from './reviews/index.ts';
export * from './share-links/index.ts';
export * from './demo/index.ts';
export * from './health/index.ts';

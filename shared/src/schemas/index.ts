export * from './limits.ts';
export * from './common.schema.ts';
export * from './auth.schema.ts';
export * from './review.schema.ts';
export * from './share-link.schema.ts';

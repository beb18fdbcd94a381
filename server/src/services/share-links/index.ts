export * from './create-share-link.ts';
export * from './get-shared-outcome.ts';

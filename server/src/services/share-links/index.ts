export * from './create-share-link.ts';
export * from './get-shared-outcome.ts';
export * from './list-share-links.ts';
export * from './revoke-share-link.ts';
export * from './record-share-link-view.ts';

export * from './list-pupils.ts';
export * from './save-pupil.ts';
export * from './archive-pupil.ts';
export * from './pupil-facts-changed.ts';
export * from './migrate-pupil-names.ts';

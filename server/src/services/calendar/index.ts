export * from './build-ics.ts';
export * from './manage-calendar-feeds.ts';
export * from './get-calendar-ics.ts';

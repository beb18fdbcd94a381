export * from './iso-date.ts';
export * from './calendar-dates.ts';

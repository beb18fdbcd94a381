export * from './rules.ts';
export * from './rate-limits.ts';
export * from './sign-in-throttle.ts';

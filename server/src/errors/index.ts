export * from './app-error.ts';
export * from './to-envelope.ts';

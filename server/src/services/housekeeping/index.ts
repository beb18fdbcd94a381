export * from './sweep-expired.ts';

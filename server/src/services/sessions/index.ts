export * from './sign-in.ts';
export * from './get-current-user.ts';
export * from './record-sign-in-paused.ts';

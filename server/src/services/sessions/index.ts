export * from './sign-in.ts';
export * from './get-current-user.ts';

export * from './password.ts';
export * from './tokens.ts';
export * from './same-origin.ts';
export * from './principal.ts';
export * from './cookies.ts';
export * from './authenticate.ts';
export * from './policies/index.ts';

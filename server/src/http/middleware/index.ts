export * from './request-context.ts';
export * from './authenticate.ts';
export * from './validate.ts';

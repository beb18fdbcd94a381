export * from './request-context.ts';
export * from './authenticate.ts';
export * from './validate.ts';
export * from './same-origin.ts';
export * from './rate-limit.ts';
export * from './file-body.ts';

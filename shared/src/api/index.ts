export * from './contract.ts';
export * from './routes/session.routes.ts';
export * from './routes/caseload.routes.ts';
export * from './routes/review.routes.ts';
export * from './routes/participant.routes.ts';
export * from './routes/circulation.routes.ts';
export * from './routes/sharing.routes.ts';

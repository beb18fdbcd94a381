export * from './review.policy.ts';
export * from './caseload.policy.ts';
export * from './participant.policy.ts';
export * from './contribution.policy.ts';
export * from './circulation.policy.ts';
export * from './visibility.policy.ts';
export * from './attachment.policy.ts';

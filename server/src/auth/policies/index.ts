export * from './review.policy.ts';

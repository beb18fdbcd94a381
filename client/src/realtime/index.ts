export * from './useReviewRoom.ts';

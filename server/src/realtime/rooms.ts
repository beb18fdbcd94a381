/** Socket.io room of everyone viewing a review. */
export function reviewRoom(reviewId: string): string {
  return `review:${reviewId}`;
}

/** Socket.io room of everyone viewing a review. */
export function reviewRoom(reviewId: string): string {
  return `review:${reviewId}`;
}

/** Socket.io room of the sockets signed in with one session (closed when it ends). */
export function sessionRoom(sessionId: string): string {
  return `session:${sessionId}`;
}

/** Socket.io room of all of one staff member's sockets (closed when their access changes). */
export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/** The route table: each screen and the pattern of its path. */
export type Route =
  | { name: 'caseload' }
  | { name: 'review'; reviewId: string }
  | { name: 'review-papers'; reviewId: string }
  | { name: 'outcome-link'; token: string }
  | { name: 'login' }
  | { name: 'outbox' }
  | { name: 'audit' }
  | { name: 'pupils' }
  | { name: 'staff' }
  | { name: 'address-book' }
  | { name: 'set-password'; token: string }
  | { name: 'participant-link'; token: string }
  | { name: 'not-found' };

export function matchRoute(path: string): Route {
  if (path === '/' || path === '/caseload') return { name: 'caseload' };
  if (path === '/login') return { name: 'login' };
  const review = /^\/reviews\/([0-9a-f]{24})$/.exec(path);
  if (review?.[1]) return { name: 'review', reviewId: review[1] };
  const papers = /^\/reviews\/([0-9a-f]{24})\/papers$/.exec(path);
  if (papers?.[1]) return { name: 'review-papers', reviewId: papers[1] };
  const link = /^\/la\/([A-Za-z0-9_-]+)$/.exec(path);
  if (link?.[1]) return { name: 'outcome-link', token: link[1] };
  if (path === '/outbox') return { name: 'outbox' };
  if (path === '/audit') return { name: 'audit' };
  if (path === '/pupils') return { name: 'pupils' };
  if (path === '/staff') return { name: 'staff' };
  if (path === '/address-book') return { name: 'address-book' };
  const setPassword = /^\/set-password\/([A-Za-z0-9_-]+)$/.exec(path);
  if (setPassword?.[1]) return { name: 'set-password', token: setPassword[1] };
  const participant = /^\/p\/([A-Za-z0-9_-]+)$/.exec(path);
  if (participant?.[1]) return { name: 'participant-link', token: participant[1] };
  return { name: 'not-found' };
}

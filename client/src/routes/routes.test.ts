import { describe, expect, it } from 'vitest';
import { matchRoute } from './routes.ts';

describe('matchRoute', () => {
  it.each([
    ['/', { name: 'caseload' }],
    ['/caseload', { name: 'caseload' }],
    ['/login', { name: 'login' }],
    ['/reviews/0123456789abcdef01234567', { name: 'review', reviewId: '0123456789abcdef01234567' }],
    ['/reviews/0123456789abcdef01234567/papers', { name: 'review-papers', reviewId: '0123456789abcdef01234567' }],
    ['/la/AbC_-123', { name: 'outcome-link', token: 'AbC_-123' }],
    ['/reviews/not-an-id', { name: 'not-found' }],
    ['/la/', { name: 'not-found' }],
    ['/outbox', { name: 'outbox' }],
    ['/audit', { name: 'audit' }],
    ['/pupils', { name: 'pupils' }],
    ['/staff', { name: 'staff' }],
    ['/address-book', { name: 'address-book' }],
    ['/set-password/AbC_d-9', { name: 'set-password', token: 'AbC_d-9' }],
    ['/p/AbC_-123', { name: 'participant-link', token: 'AbC_-123' }],
    ['/p/', { name: 'not-found' }],
    ['/somewhere', { name: 'not-found' }],
  ])('maps %s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });
});

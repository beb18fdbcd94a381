import { describe, expect, it } from 'vitest';
import { pathOf } from './contract.ts';
import { participantRoutes, reviewRoutes } from './index.ts';

describe('pathOf (the client builds every URL from the contract)', () => {
  it('fills in and encodes the path parameters', () => {
    expect(pathOf(participantRoutes.nudge, { reviewId: 'a'.repeat(24), participantId: 'b'.repeat(24) })).toBe(
      `/api/reviews/${'a'.repeat(24)}/participants/${'b'.repeat(24)}/nudge`,
    );
    expect(pathOf(participantRoutes.view, { token: 'a/b?c' })).toBe('/api/participant/a%2Fb%3Fc');
  });

  it('refuses a missing parameter rather than calling a wrong URL', () => {
    expect(() => pathOf(reviewRoutes.detail, {})).toThrow(/reviewId is missing/);
  });

  it('adds the query, skipping empty values and repeating arrays', () => {
    expect(pathOf({ path: '/api/caseload' }, {}, { q: 'Zoë Ng', page: 2, stage: ['a', 'b'], empty: '', none: undefined })).toBe(
      '/api/caseload?q=Zo%C3%AB%20Ng&page=2&stage=a&stage=b',
    );
  });
});

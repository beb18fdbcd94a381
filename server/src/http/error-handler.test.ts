import { describe, expect, it } from 'vitest';
import { redactTokens } from './error-handler.ts';

describe('redactTokens', () => {
  const token = 'eO5-wZEBWwU1j-NLckziTUrTm_PJ4-8UqP8L_crMoug';

  it('masks link tokens in LA, participant and calendar paths', () => {
    expect(redactTokens(`/api/participant/${token}`)).toBe('/api/participant/[token]');
    expect(redactTokens(`/api/shared/${token}`)).toBe('/api/shared/[token]');
    expect(redactTokens(`/${token}.ics`)).toBe('/[token].ics');
  });

  it('leaves ids and ordinary paths alone', () => {
    expect(redactTokens('/api/reviews/0123456789abcdef01234567/participants')).toBe(
      '/api/reviews/0123456789abcdef01234567/participants',
    );
  });
});

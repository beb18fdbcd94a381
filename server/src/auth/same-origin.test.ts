import { describe, expect, it } from 'vitest';
import { originOf } from '../config/index.ts';
import { isAllowedOrigin } from './same-origin.ts';

describe('isAllowedOrigin', () => {
  it('accepts the configured origins, and refuses other sites, schemes and subdomains', () => {
    const allowed = ['https://reviews.school.example'];
    expect(isAllowedOrigin('https://reviews.school.example', '10.0.0.5:3000', allowed)).toBe(true);
    expect(isAllowedOrigin('https://REVIEWS.school.example', 'x', allowed)).toBe(true);
    expect(isAllowedOrigin('https://evil.example', '10.0.0.5:3000', allowed)).toBe(false);
    expect(isAllowedOrigin('http://reviews.school.example', '10.0.0.5:3000', allowed)).toBe(false);
    expect(isAllowedOrigin('https://sub.reviews.school.example', '10.0.0.5:3000', allowed)).toBe(false);
  });

  it('accepts a page served by the host the request went to, port included', () => {
    expect(isAllowedOrigin('http://127.0.0.1:3000', '127.0.0.1:3000', [])).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:3001', '127.0.0.1:3000', [])).toBe(false);
    expect(isAllowedOrigin('http://localhost:3000', '127.0.0.1:3000', [])).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:3000', undefined, [])).toBe(false);
  });

  it('refuses the null origin and anything that is not an http(s) origin', () => {
    expect(isAllowedOrigin('null', 'localhost:3000', [])).toBe(false);
    expect(isAllowedOrigin('file://', 'localhost:3000', [])).toBe(false);
    expect(isAllowedOrigin('not a url', 'localhost:3000', [])).toBe(false);
    expect(originOf('chrome-extension://abc')).toBeNull();
  });
});

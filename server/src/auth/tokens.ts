import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A new unguessable token: 32 random bytes, base64url (43 characters). */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 (hex) stored in place of a token; tokens themselves are never stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * HMAC-SHA256 (hex) of a value under a server-side secret, for values from a small space such as
 * IP addresses: without the secret, hashing every possible address does not reveal the value.
 */
export function keyedHash(value: string, secret: string): string {
  return createHmac('sha256', secret).update(value).digest('hex');
}

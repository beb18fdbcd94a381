import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token: 32 random bytes, base64url (43 characters). */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 (hex) stored in place of a token; tokens themselves are never stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption (AES-256-GCM) of small secrets kept at rest, under a key derived with
 * HKDF-SHA256 from a configured secret and a purpose label, so one configured secret never
 * serves two purposes with the same key. Sealed text is `v1.<iv>.<ciphertext+tag>` (base64url).
 */
const VERSION = 'v1';

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'ehcp-review-workspace', purpose, 32));
}

/** Encrypts `plain` for `purpose` (e.g. "outbox-link"). */
export function sealSecret(plain: string, secret: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, iv.toString('base64url'), body.toString('base64url')].join('.');
}

/** Decrypts what `sealSecret` made; null when it was sealed under another key or purpose, or altered. */
export function openSecret(sealed: string, secret: string, purpose: string): string | null {
  const [version, ivText, bodyText] = sealed.split('.');
  if (version !== VERSION || !ivText || !bodyText) return null;
  const body = Buffer.from(bodyText, 'base64url');
  if (body.length < 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), Buffer.from(ivText, 'base64url'));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

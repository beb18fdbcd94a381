/** Name of the session cookie (httpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'ehcp_session';

/** Reads one cookie from a Cookie header without a dependency; returns undefined if absent or malformed. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

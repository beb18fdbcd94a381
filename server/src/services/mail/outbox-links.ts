import { openSecret, sealSecret } from '../../auth/index.ts';

/** HKDF purpose of the outbox's key (decision 40). */
const PURPOSE = 'outbox-link';

/** A personal link cut out of a stored message: where it goes in the text, and the link encrypted (null once sent). */
export interface SealedLink {
  at: number;
  sealed: string | null;
}

/** What replaces a link in the outbox once the message was sent by email: the link is not kept. */
export const LINK_SENT_NOTICE = '[personal link: sent by email and not kept here]';
/** What replaces a link the server can no longer decrypt (the outbox key changed). */
export const LINK_UNREADABLE_NOTICE = '[personal link: no longer readable here; use Resend to send a new one]';

/**
 * The text to store for an outbox message: every personal link cut out and kept only encrypted
 * under a key derived from OUTBOX_SECRET, so the outbox collection holds no working link.
 */
export function sealLinks(text: string, links: readonly string[], secret: string): { text: string; sealedLinks: SealedLink[] } {
  const sealedLinks: SealedLink[] = [];
  let stored = text;
  for (const link of links) {
    for (let index = stored.indexOf(link); index >= 0; index = stored.indexOf(link, index)) {
      stored = stored.slice(0, index) + stored.slice(index + link.length);
      sealedLinks.push({ at: index, sealed: sealSecret(link, secret, PURPOSE) });
    }
  }
  return { text: stored, sealedLinks: sealedLinks.sort((a, b) => a.at - b.at) };
}

/** The message as the SENDCo forwards it: each link decrypted back in place, or a notice saying why it is not there. */
export function openLinks(text: string, sealedLinks: readonly SealedLink[], secret: string): string {
  let opened = text;
  // From the end, so earlier offsets stay valid as text is inserted.
  for (const { at, sealed } of [...sealedLinks].sort((a, b) => b.at - a.at)) {
    const link = sealed === null ? LINK_SENT_NOTICE : (openSecret(sealed, secret, PURPOSE) ?? LINK_UNREADABLE_NOTICE);
    opened = opened.slice(0, at) + link + opened.slice(at);
  }
  return opened;
}

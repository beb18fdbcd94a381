import { z } from 'zod';

/**
 * Characters a name must not contain, because they are invisible or change how the text around
 * them is shown, so two names that look identical can differ, or a name can look like another
 * (in the tracker, the audit trail, an email subject or a CSV export):
 * - control characters (NUL and the rest of C0 and C1), lone surrogates, noncharacters;
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the
 *   direction marks (U+200E, U+200F, U+061C);
 * - zero-width space (U+200B), word joiner and invisible operators (U+2060–U+2064), the BOM
 *   (U+FEFF), soft hyphen (U+00AD) and other default-ignorable formatting (U+180E, U+115F, U+1160,
 *   U+3164, U+FFA0, tags U+E0000–U+E007F).
 * Zero-width joiner and non-joiner (U+200D, U+200C) are allowed between two letters, where Persian,
 * Urdu, Hindi and other scripts need them in ordinary names; anywhere else they are refused.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\ufff9-\ufffb\ufffe\uffff]|\p{Cs}|[\u{E0000}-\u{E007F}]/u;
const LOOSE_JOINER = /(?<![\p{L}\p{M}])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}])/u;

/** The first character of `value` a name may not hold, as `U+XXXX`, or null when there is none. */
export function findUnsafeNameCharacter(value: string): string | null {
  const match = UNSAFE.exec(value) ?? LOOSE_JOINER.exec(value);
  if (!match) return null;
  return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The message shown when a name holds such a character. */
export const unsafeNameMessage = (character: string) =>
  `must not contain invisible or control characters (found ${character}): retype it rather than pasting it`;

/** A person's or organisation's name: trimmed, 1 to `max` characters, no invisible or control characters. */
export const NameSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'is required')
    .max(max)
    .superRefine((value, ctx) => {
      const character = findUnsafeNameCharacter(value);
      if (character) ctx.addIssue({ code: 'custom', message: unsafeNameMessage(character) });
    });

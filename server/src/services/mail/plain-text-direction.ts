import { LANGUAGE_INFO, type Language } from '@ehcp/shared';

/** RIGHT-TO-LEFT MARK: a line starting with it is laid out right to left, whatever follows. */
export const RLM = '\u200F';
/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: what is between keeps its own direction. */
export const FSI = '\u2068';
export const PDI = '\u2069';

const isRightToLeft = (language: Language) => LANGUAGE_INFO[language].dir === 'rtl';
/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

/**
 * A line of a plain-text email in a language. Mail programs choose each line's direction from its
 * first letter (Unicode's bidi algorithm, as `dir="auto"`), so an Urdu sentence that starts with
 * the child's English name would be laid out left to right; a right-to-left line therefore starts
 * with a RIGHT-TO-LEFT MARK. Lines without a right-to-left letter (a link on its own line) and
 * other languages are left as they are.
 */
export const directedLine = (line: string, language: Language): string =>
  isRightToLeft(language) && RIGHT_TO_LEFT_LETTER.test(line) ? `${RLM}${line}` : line;

/**
 * Text that people typed (a name, the school's name, a room), put inside a sentence: in a
 * right-to-left language it is isolated, so its own direction cannot reorder the words around
 * it ("Room 4" or "St Mary's (C of E)" inside Arabic). Never used for links: an isolate mark at
 * the end of a web address would become part of it when a mail program makes it clickable.
 */
export const isolated = (text: string, language: Language): string => (isRightToLeft(language) ? `${FSI}${text}${PDI}` : text);

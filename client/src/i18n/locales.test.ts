import { describe, expect, it } from 'vitest';
import { CONTRIBUTION_PROMPT_KEYS, LANGUAGE_INFO, LANGUAGES, PARTICIPANT_ASKS, PARTICIPANT_ROLES } from '@ehcp/shared';
import { i18n, LOCALES } from './index.ts';

type Tree = { [key: string]: string | Tree };

/** Every key of a locale's `translation`, with its text: "draft.send" → "Send my views". */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The `{{placeholders}}` and `<tags>` a text uses: a translation must keep every one. */
const slots = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<\/?(\w+)>/g)].map((m) => m[0].replace(/\s/g, '')).sort();

const english = flatten(LOCALES.en.translation as Tree);

describe('participant-facing strings in every shipped language', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has exactly the English keys, each translated, with the same placeholders',
    (language) => {
      const translated = flatten(LOCALES[language].translation as Tree);
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        const other = translated.get(key)!;
        expect(slots(other), `${language}: ${key}`).toEqual(slots(text));
        // Only the English machine-translation note is empty (English is not machine-drafted).
        if (key !== 'language.machineNote') expect(other.trim(), `${language}: ${key}`).not.toBe('');
      }
    },
  );

  it.each(LANGUAGES)('%s says in its metadata whether a fluent speaker still has to review it', (language) => {
    const { meta } = LOCALES[language];
    expect(meta.language).toBe(language);
    expect(meta.dir).toBe(LANGUAGE_INFO[language].dir);
    // Machine-drafted: nobody on the team is fluent, so none may claim to be reviewed.
    expect(meta.needsReview).toBe(language !== 'en');
    if (meta.needsReview) {
      expect(meta.source).toMatch(/fluent speaker/);
      expect(flatten(LOCALES[language].translation as Tree).get('language.machineNote')).not.toBe('');
    }
  });

  it('has an ask and a label for every participant role', () => {
    for (const role of PARTICIPANT_ROLES) {
      expect(english.has(`ask.${role}`), role).toBe(true);
      expect(english.has(`role.${role}`), role).toBe(true);
      // The page says in English exactly what the invitation email asks.
      expect(english.get(`ask.${role}`)!.replaceAll('{{child}}', '{child}')).toBe(PARTICIPANT_ASKS[role]);
    }
  });

  it('has every heading a new contribution draft starts with', () => {
    for (const role of PARTICIPANT_ROLES)
      for (const key of CONTRIBUTION_PROMPT_KEYS[role]) expect(english.get(key), `${role}: ${key}`).toBeTruthy();
  });

  it('ships one right-to-left language at least', () => {
    expect(LANGUAGES.some((language) => LANGUAGE_INFO[language].dir === 'rtl')).toBe(true);
  });

  it('fills placeholders and falls back to nothing missing', () => {
    expect(i18n.getFixedT('pl')('draft.writingIn', { language: 'Polski' })).toBe('Piszesz w języku: Polski. Szkoła to zobaczy.');
    expect(i18n.getFixedT('ar')('ask.parent_carer', { child: 'Ben' })).toContain('Ben');
  });
});

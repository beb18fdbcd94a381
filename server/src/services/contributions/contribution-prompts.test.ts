import { describe, expect, it } from 'vitest';
import { CONTRIBUTION_PROMPT_KEYS, LANGUAGES, PARTICIPANT_ROLES } from '@ehcp/shared';
import { contributionPromptsIn } from './contribution-prompts.ts';

describe('the headings a new contribution draft starts with', () => {
  it('are, in English, the headings drafts have always started with', () => {
    expect(contributionPromptsIn('parent_carer', 'en')).toEqual(['What is going well', 'What worries you', 'What you hope for']);
    expect(contributionPromptsIn('young_person', 'en')).toEqual([
      'What is going well for me',
      'What is hard for me',
      'What helps me',
      'What I want for the future',
    ]);
    for (const role of ['school_staff', 'educational_psychologist', 'health', 'social_care'] as const)
      expect(contributionPromptsIn(role, 'en')).toEqual([
        'Progress against each outcome in the plan',
        'What has helped',
        'Recommendations',
      ]);
    expect(contributionPromptsIn('careers_adviser', 'en')).toEqual([
      'Aspirations and next steps in education, training or work',
      'Support needed',
      'Recommendations',
    ]);
    expect(contributionPromptsIn('la_officer', 'en')).toEqual([
      'Information the review should consider',
      'Questions for the meeting',
    ]);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'are all written in %s, none left in English or as a key',
    (language) => {
      for (const role of PARTICIPANT_ROLES) {
        const english = contributionPromptsIn(role, 'en');
        const headings = contributionPromptsIn(role, language);
        expect(headings, role).toHaveLength(CONTRIBUTION_PROMPT_KEYS[role].length);
        for (const [i, heading] of headings.entries()) {
          expect(heading.trim(), `${role} ${i}`).not.toBe('');
          expect(heading, `${role} ${i}`).not.toBe(english[i]);
          expect(heading, `${role} ${i}`).not.toMatch(/^prompt\.|\{\{/);
        }
      }
    },
  );

  it('reads Polish to a Polish parent', () => {
    expect(contributionPromptsIn('parent_carer', 'pl')).toEqual(['Co idzie dobrze', 'Co Cię martwi', 'Na co masz nadzieję']);
  });
});

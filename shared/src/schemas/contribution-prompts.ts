import type { ParticipantRole } from './participant.schema.ts';

/** The key of a heading a contribution draft starts with, in `prompt` of the locale files. */
export type ContributionPromptKey = `prompt.${string}.${string}`;

const FAMILY = ['prompt.family.goingWell', 'prompt.family.worries', 'prompt.family.hopes'] as const;
const YOUNG_PERSON = [
  'prompt.youngPerson.goingWell',
  'prompt.youngPerson.hard',
  'prompt.youngPerson.helps',
  'prompt.youngPerson.future',
] as const;
const PROFESSIONAL = [
  'prompt.professional.progress',
  'prompt.professional.helped',
  'prompt.professional.recommendations',
] as const;

/**
 * The headings a contribution draft starts with, by role (product.md: prompts for parents, for
 * the young person, and for professionals), as locale keys: the server seeds them once per draft,
 * in the participant's language (`shared/src/i18n/locales`).
 */
export const CONTRIBUTION_PROMPT_KEYS: Readonly<Record<ParticipantRole, readonly ContributionPromptKey[]>> = {
  parent_carer: FAMILY,
  young_person: YOUNG_PERSON,
  school_staff: PROFESSIONAL,
  educational_psychologist: PROFESSIONAL,
  speech_language_therapist: PROFESSIONAL,
  occupational_therapist: PROFESSIONAL,
  health: PROFESSIONAL,
  social_care: PROFESSIONAL,
  careers_adviser: ['prompt.careers.aspirations', 'prompt.careers.support', 'prompt.professional.recommendations'],
  la_officer: ['prompt.laOfficer.information', 'prompt.laOfficer.questions'],
};

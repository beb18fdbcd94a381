import type { ParticipantRole } from './participant.schema.ts';

const FAMILY = ['What is going well', 'What worries you', 'What you hope for'];
const YOUNG_PERSON = ['What is going well for me', 'What is hard for me', 'What helps me', 'What I want for the future'];
const PROFESSIONAL = ['Progress against each outcome in the plan', 'What has helped', 'Recommendations'];

/**
 * The headings a contribution draft starts with, by role (product.md: prompts for parents,
 * for the young person, and for professionals). The server seeds them once per draft.
 */
export const CONTRIBUTION_PROMPTS: Readonly<Record<ParticipantRole, readonly string[]>> = {
  parent_carer: FAMILY,
  young_person: YOUNG_PERSON,
  school_staff: PROFESSIONAL,
  educational_psychologist: PROFESSIONAL,
  speech_language_therapist: PROFESSIONAL,
  occupational_therapist: PROFESSIONAL,
  health: PROFESSIONAL,
  social_care: PROFESSIONAL,
  careers_adviser: ['Aspirations and next steps in education, training or work', 'Support needed', 'Recommendations'],
  la_officer: ['Information the review should consider', 'Questions for the meeting'],
};

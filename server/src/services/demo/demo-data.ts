/**
 * The fictional demo school. Every name is invented. Dates are offsets from the day the demo
 * is created, so the caseload always shows an overdue review, some due soon and some later.
 */
export const DEMO_SCHOOL_NAME = 'Oakfield Community Academy (demo)';

export const DEMO_ACCOUNTS = [
  { name: 'Priya Shah', email: 'sendco@oakfield.example', role: 'sendco', position: 'sendco', password: 'oakfield-sendco' },
  { name: 'Tom Hughes', email: 'teacher@oakfield.example', role: 'staff', position: 'teacher', password: 'oakfield-teacher' },
  {
    name: 'Aisha Rahman',
    email: 'ta@oakfield.example',
    role: 'staff',
    position: 'teaching_assistant',
    password: 'oakfield-assistant',
  },
] as const;

/** Offsets in months (and days) before today. */
export const DEMO_PUPILS = [
  {
    givenName: 'Amara',
    familyName: 'Okafor',
    ageYears: 14,
    ageDays: 40,
    issuedMonthsAgo: 40,
    lastReviewMonthsAgo: 12,
    lastReviewDaysAgo: 20,
  },
  {
    givenName: 'Ben',
    familyName: 'Carter',
    ageYears: 11,
    ageDays: 200,
    issuedMonthsAgo: 30,
    lastReviewMonthsAgo: 11,
    lastReviewDaysAgo: 10,
  },
  {
    givenName: 'Chloe',
    familyName: 'Nguyen',
    ageYears: 8,
    ageDays: 90,
    issuedMonthsAgo: 9,
    lastReviewMonthsAgo: null,
    lastReviewDaysAgo: 0,
  },
  {
    givenName: 'Dylan',
    familyName: 'Evans',
    ageYears: 15,
    ageDays: 300,
    issuedMonthsAgo: 50,
    lastReviewMonthsAgo: 8,
    lastReviewDaysAgo: 0,
  },
  {
    givenName: 'Ella',
    familyName: 'Morris',
    ageYears: 4,
    ageDays: 120,
    issuedMonthsAgo: 5,
    lastReviewMonthsAgo: null,
    lastReviewDaysAgo: 0,
  },
  {
    givenName: 'Farhan',
    familyName: 'Ali',
    ageYears: 10,
    ageDays: 30,
    issuedMonthsAgo: 26,
    lastReviewMonthsAgo: 10,
    lastReviewDaysAgo: 5,
  },
] as const;

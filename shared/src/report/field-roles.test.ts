import { describe, expect, it } from 'vitest';
import {
  choiceKeyOf,
  fieldPart,
  fragmentPart,
  mayWrite,
  partAt,
  REPORT_CHOICE_LOG,
  rowPart,
  writerForParticipant,
} from './field-roles.ts';
import { REPORT_FIELDS_MAP, REPORT_ROW_ARRAYS, REPORT_TEXT_FRAGMENTS } from './report-layout.ts';

describe('who may write which part of the meeting report', () => {
  it('gives the recommendation and its reasons to the SENDCo alone', () => {
    for (const key of ['recommendation', 'recommendation.reasons']) {
      expect(mayWrite('sendco', fieldPart(key))).toBe(true);
      for (const writer of ['staff', 'family', 'professional'] as const) expect(mayWrite(writer, fieldPart(key))).toBe(false);
    }
  });

  it('lets families write their views, evidence and proposed changes with disagreement, and nothing else', () => {
    expect(mayWrite('family', fragmentPart(REPORT_TEXT_FRAGMENTS.parentViews))).toBe(true);
    expect(mayWrite('family', fragmentPart(REPORT_TEXT_FRAGMENTS.youngPersonViews))).toBe(true);
    expect(mayWrite('family', rowPart(REPORT_ROW_ARRAYS.outcomes, 'evidence'))).toBe(true);
    expect(mayWrite('family', fieldPart('change.F.proposed'))).toBe(true);
    expect(mayWrite('family', fieldPart('change.F.disagreement'))).toBe(true);
    expect(mayWrite('family', fragmentPart(REPORT_TEXT_FRAGMENTS.notes))).toBe(false);
    expect(mayWrite('family', fragmentPart(REPORT_TEXT_FRAGMENTS.provisionReview))).toBe(false);
    expect(mayWrite('family', rowPart(REPORT_ROW_ARRAYS.outcomes, 'rating'))).toBe(false);
    expect(mayWrite('family', rowPart(REPORT_ROW_ARRAYS.outcomes, null))).toBe(false);
    expect(mayWrite('family', fieldPart('personalBudget.answer'))).toBe(false);
  });

  it('keeps the families’ views from professionals but gives them evidence and proposed changes', () => {
    expect(mayWrite('professional', fragmentPart(REPORT_TEXT_FRAGMENTS.parentViews))).toBe(false);
    expect(mayWrite('professional', rowPart(REPORT_ROW_ARRAYS.outcomes, 'evidence'))).toBe(true);
    expect(mayWrite('professional', fieldPart('change.A.disagreement'))).toBe(true);
  });

  it('lets nobody write the log of who chose what, and no link write an unknown root', () => {
    for (const writer of ['sendco', 'staff', 'family', 'professional'] as const) {
      expect(mayWrite(writer, partAt(REPORT_CHOICE_LOG, ['recommendation']))).toBe(false);
      if (writer === 'family' || writer === 'professional') expect(mayWrite(writer, partAt('somethingElse', []))).toBe(false);
    }
  });

  it('maps a place in the document to its part, and choices to their log key', () => {
    expect(partAt(REPORT_FIELDS_MAP, ['recommendation'])).toEqual(fieldPart('recommendation'));
    expect(partAt(REPORT_ROW_ARRAYS.outcomes, [null, 'rating'])).toEqual(rowPart('outcomes', 'rating'));
    expect(partAt(REPORT_ROW_ARRAYS.outcomes, [null])).toEqual(rowPart('outcomes', null));
    expect(choiceKeyOf(fieldPart('recommendation'), null)).toBe('recommendation');
    expect(choiceKeyOf(rowPart('attendees', 'attendance'), 'a1')).toBe('attendees.a1.attendance');
    expect(choiceKeyOf(rowPart('outcomes', 'evidence'), 'o1')).toBeNull();
  });

  it('treats parents, carers and the young person as the family, everyone else invited as a professional', () => {
    expect(writerForParticipant('parent_carer')).toBe('family');
    expect(writerForParticipant('young_person')).toBe('family');
    expect(writerForParticipant('educational_psychologist')).toBe('professional');
  });
});

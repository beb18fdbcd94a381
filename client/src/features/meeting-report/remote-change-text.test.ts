import { describe, expect, it } from 'vitest';
import { describeRemoteChanges, reportPartLabel } from './remote-change-text.ts';

describe('the spoken summary of other people’s changes', () => {
  it('names each part as its heading does, and ignores parts not worth announcing', () => {
    expect(reportPartLabel({ root: 'parentViews' })).toBe("Parents' and carers' views");
    expect(reportPartLabel({ root: 'report' })).toBe('Discussion notes');
    expect(reportPartLabel({ root: 'outcomes' })).toBe('Progress towards outcomes');
    expect(reportPartLabel({ root: 'fields', key: 'change.F.proposed' })).toBe('Proposed changes, section F');
    expect(reportPartLabel({ root: 'fields', key: 'recommendation.reasons' })).toBe('Recommendation');
    expect(reportPartLabel({ root: 'fields', key: 'pfa.independentLiving' })).toBe('Independent living');
    expect(reportPartLabel({ root: 'fields' })).toBeNull();
    expect(reportPartLabel({ root: 'somethingElse' })).toBeNull();
  });

  it('says who changed what, in one sentence per person', () => {
    expect(describeRemoteChanges([])).toBe('');
    expect(describeRemoteChanges([{ name: 'Tom Hughes', labels: ["Parents' and carers' views"] }])).toBe(
      "Tom Hughes changed Parents' and carers' views.",
    );
    expect(
      describeRemoteChanges([
        { name: 'Tom Hughes', labels: ['Attendees', 'Actions', 'Recommendation'] },
        { name: 'Ms Patel', labels: ['Provision review'] },
      ]),
    ).toBe('Tom Hughes changed Attendees, Actions and Recommendation. Ms Patel changed Provision review.');
  });
});

import type { DocJsonNode } from '@ehcp/shared';
import { Contribution } from '../../models/index.ts';

/** Where a participant's contribution stands. */
export interface ContributionState {
  draftStartedAt: string | null;
  submittedAt: string | null;
  content: DocJsonNode | null;
}

/** Loads a participant's contribution state (never started → all null). */
export async function getContributionState(participantId: string): Promise<ContributionState> {
  const contribution = await Contribution.findOne({ participantId }).lean();
  return {
    draftStartedAt: contribution?.draftStartedAt?.toISOString() ?? null,
    submittedAt: contribution?.submittedAt?.toISOString() ?? null,
    content: contribution?.contentJson ? (JSON.parse(contribution.contentJson) as DocJsonNode) : null,
  };
}

/** Whether the participant has submitted (their draft is then read-only). */
export async function isContributionSubmitted(participantId: string): Promise<boolean> {
  return (await Contribution.exists({ participantId, submittedAt: { $ne: null } })) !== null;
}

import type { CirculationView } from '@ehcp/shared';
import type { ReviewFacts } from '../reviews/index.ts';
import { presentCirculation, summariseCirculation } from './present-circulation.ts';
import { loadCirculationContext, planCirculation } from './preview-circulation.ts';

/**
 * A review's circulated papers for staff of its school: the latest pack with its contributions,
 * every earlier version, and, for the SENDCo (`canCirculate`), what circulating now would include
 * and the warnings to see before confirming.
 */
export async function getCirculation(
  review: ReviewFacts,
  asOf: string,
  canCirculate: boolean,
  now = new Date(),
): Promise<CirculationView> {
  const context = await loadCirculationContext(review, asOf);
  const latest = context.circulations[0];
  const plan = canCirculate ? await planCirculation(review, context, now) : null;
  return {
    asOf,
    meetingDate: context.meetingDate,
    adviceCirculatedBy: context.adviceCirculatedBy,
    papersCirculatedDate: context.papersCirculatedDate,
    current: latest ? await presentCirculation(latest) : null,
    history: context.circulations.map(summariseCirculation),
    preview: plan && {
      included: plan.included.map(({ participantId, authorName, role, roleLabel, submittedAt }) => ({
        participantId,
        authorName,
        role,
        roleLabel,
        submittedAt,
      })),
      missing: plan.missing,
      warnings: plan.warnings,
      blockedReason: plan.blockedReason,
    },
  };
}

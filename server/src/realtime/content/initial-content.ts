import { CONTRIBUTION_FRAGMENT, parseDocName } from '@ehcp/shared';
import { getContributionPrompts } from '../../services/index.ts';
import { buildInitialReport, buildSectionedDoc } from './seed-report.ts';

/** The content a document starts with: report sections, or the prompts for the contributor's role, in their language. */
export async function initialContentFor(docName: string): Promise<Uint8Array> {
  const parsed = parseDocName(docName);
  if (parsed?.kind !== 'contribution') return buildInitialReport();
  return buildSectionedDoc(CONTRIBUTION_FRAGMENT, await getContributionPrompts(parsed.participantId));
}

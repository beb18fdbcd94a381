import { CONTRIBUTION_FRAGMENT, CONTRIBUTION_PROMPTS, parseDocName } from '@ehcp/shared';
import { getContributorRole } from '../../services/index.ts';
import { buildInitialReport, buildSectionedDoc } from './seed-report.ts';

/** The content a document starts with: report sections, or the prompts for the contributor's role. */
export async function initialContentFor(docName: string): Promise<Uint8Array> {
  const parsed = parseDocName(docName);
  if (parsed?.kind !== 'contribution') return buildInitialReport();
  const role = await getContributorRole(parsed.participantId);
  return buildSectionedDoc(CONTRIBUTION_FRAGMENT, role ? CONTRIBUTION_PROMPTS[role] : []);
}

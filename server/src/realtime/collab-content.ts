import { CONTRIBUTION_FRAGMENT, CONTRIBUTION_PROMPTS, parseDocName } from '@ehcp/shared';
import type { Logger } from '../logging/index.ts';
import { getContributorRole, recordDraftActivity } from '../services/index.ts';
import { buildInitialReport, buildSectionedDoc } from './yjs/seed-report.ts';

/** The content a document starts with: report sections, or the prompts for the contributor's role. */
export async function initialContentFor(docName: string): Promise<Uint8Array> {
  const parsed = parseDocName(docName);
  if (parsed?.kind !== 'contribution') return buildInitialReport();
  const role = await getContributorRole(parsed.participantId);
  return buildSectionedDoc(CONTRIBUTION_FRAGMENT, role ? CONTRIBUTION_PROMPTS[role] : []);
}

/**
 * Called after edits to a document became durable: the first stored edit of a contribution
 * draft marks it as "drafting" for the SENDCo's tracker (once per document per process).
 */
export function createDocumentStoredHandler(log: Logger): (docName: string) => void {
  const marked = new Set<string>();
  return (docName) => {
    const parsed = parseDocName(docName);
    if (parsed?.kind !== 'contribution' || marked.has(docName)) return;
    marked.add(docName);
    recordDraftActivity(parsed.participantId).catch((error: unknown) => {
      marked.delete(docName);
      log.error({ err: error, doc: docName }, 'recording draft activity failed');
    });
  };
}

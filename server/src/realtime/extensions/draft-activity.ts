import { parseDocName } from '@ehcp/shared';
import type { Logger } from '../../logging/index.ts';
import { recordDraftActivity } from '../../services/index.ts';
import type { Extension } from '../documents/index.ts';

/**
 * `onDurable`: the first stored edit of a contribution draft marks it as "drafting" on the
 * SENDCo's tracker (once per document per process; the service's conditional upsert makes
 * repeats harmless).
 */
export function draftActivity(log: Logger): Extension {
  const marked = new Set<string>();
  return {
    name: 'draft-activity',
    onDurable: (doc) => {
      const parsed = parseDocName(doc.name);
      if (parsed?.kind !== 'contribution' || marked.has(doc.name)) return;
      marked.add(doc.name);
      recordDraftActivity(parsed.participantId).catch((error: unknown) => {
        marked.delete(doc.name);
        log.error({ err: error, doc: doc.name }, 'recording draft activity failed');
      });
    },
    afterUnloadDocument: (docName) => marked.delete(docName),
  };
}

import type { DocJsonNode } from '../schemas/doc-json.ts';

/** Where a participant's contribution stands (never started: all null). */
export interface ContributionState {
  /** ISO timestamp of the first stored edit. */
  draftStartedAt: string | null;
  /** ISO timestamp of submission; a submitted contribution is read-only. */
  submittedAt: string | null;
  /** The submitted text (Tiptap JSON), once sent. */
  content: DocJsonNode | null;
}

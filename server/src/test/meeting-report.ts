import * as Y from 'yjs';
import { PFA_ITEMS, REPORT_FIELDS_MAP, REPORT_ROW_ARRAYS, REPORT_TEXT_FRAGMENTS, reportDocName } from '@ehcp/shared';
import { connectCollabClient, isPersisted, type CollabClient } from './collab-client.ts';
import type { TestClient } from './http-client.ts';
import { waitFor } from './wait-for.ts';

function paragraphOf(text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  return paragraph;
}

/** Types into a seeded short answer, as the browser does (appending to its Y.Text). */
function typeInto(fields: Y.Map<unknown>, key: string, text: string): void {
  const target = fields.get(key);
  if (!(target instanceof Y.Text)) throw new Error(`report field ${key} was not seeded`);
  target.insert(target.length, text);
}

function rowOf(values: Record<string, string>): Y.Map<unknown> {
  const row = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) row.set(key, key === 'id' ? value : new Y.Text(value));
  return row;
}

/** What a test can vary in an otherwise complete meeting report. */
export interface ReportValues {
  recommendation?: 'maintain' | 'amend' | 'cease';
  reasons?: string;
  youngPersonViews?: string;
}

/**
 * Writes a meeting report that passes every completeness check (Year 9+ and phase transfer
 * included) into a Yjs document, the way the browser does: rich text in fragments, short
 * answers in the fields map, rows in arrays.
 */
export function writeCompleteReport(doc: Y.Doc, values: ReportValues = {}): void {
  doc.transact(() => {
    const text = {
      youngPersonViews: values.youngPersonViews ?? 'I like science and want more time in the library.',
      parentViews: 'Reading has come on well; mornings are still hard.',
      provisionReview: 'Small-group literacy three times a week continues.',
    };
    for (const [key, value] of Object.entries(text))
      doc.getXmlFragment(REPORT_TEXT_FRAGMENTS[key as keyof typeof text]).insert(0, [paragraphOf(value)]);
    const fields = doc.getMap(REPORT_FIELDS_MAP);
    fields.set('recommendation', values.recommendation ?? 'amend');
    typeInto(fields, 'recommendation.reasons', values.reasons ?? 'Section F needs more speech and language therapy.');
    typeInto(fields, 'change.F.proposed', 'Increase speech and language therapy to weekly.');
    fields.set('personalBudget.answer', 'not-requested');
    typeInto(fields, 'phaseTransfer.nextSetting', 'Oakfield Sixth Form');
    for (const item of PFA_ITEMS) typeInto(fields, `pfa.${item.key}`, `Discussed: ${item.label}.`);
    doc.getArray(REPORT_ROW_ARRAYS.attendees).push([rowOf({ id: 'a1', name: 'Sam SENDCo', role: 'SENDCo' })]);
    (doc.getArray(REPORT_ROW_ARRAYS.attendees).get(0) as Y.Map<unknown>).set('attendance', 'attended');
    const outcome = rowOf({ id: 'o1', outcome: 'Read aloud with confidence', evidence: 'Reading age up 14 months' });
    outcome.set('rating', 'good-progress');
    doc.getArray(REPORT_ROW_ARRAYS.outcomes).push([outcome]);
    const action = rowOf({ id: 'x1', who: 'SENDCo', what: 'Send the report to the LA' });
    action.set('byWhen', '2026-12-04');
    doc.getArray(REPORT_ROW_ARRAYS.actions).push([action]);
  });
}

/**
 * Makes a review ready to finalise through the real paths: records a meeting date in the past
 * and writes a complete report over the collaboration socket, waiting until it is durable.
 * @returns the collaboration client used (still connected; destroy it when done).
 */
export async function prepareForFinalisation(
  sendco: TestClient,
  wsUrl: string,
  reviewId: string,
  values: ReportValues & { meetingDate?: string } = {},
): Promise<CollabClient> {
  const facts = await sendco.request('PATCH', `/api/reviews/${reviewId}/facts`, {
    meetingDate: values.meetingDate ?? '2026-11-02',
  });
  if (facts.status !== 200) throw new Error(`recording the meeting date failed: ${JSON.stringify(facts.body)}`);
  const editor = connectCollabClient(wsUrl, reportDocName(reviewId), { cookie: sendco.sessionCookie! });
  await waitFor(() => editor.provider.synced, { message: 'report synced' });
  writeCompleteReport(editor.doc, values);
  await waitFor(() => isPersisted(editor), { message: 'report persisted' });
  return editor;
}

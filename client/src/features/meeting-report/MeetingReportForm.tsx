import {
  ATTENDANCE,
  choiceKeyOf,
  describeWriterRights,
  EHCP_SECTIONS,
  fieldPart,
  fragmentPart,
  mayWrite,
  REPORT_ROW_ARRAYS,
  rowPart,
  type ReportPart as ReportPartRef,
  type ReportWriter,
  OUTCOME_RATINGS,
  PERSONAL_BUDGET_ANSWERS,
  PFA_ITEMS,
  RECOMMENDATION_OPTIONS,
  REPORT_TEXT_FRAGMENTS,
  type QuotedContribution,
  type ReportRowKind,
  type ReportTextFragment,
} from '@ehcp/shared';
import { ReportEditor, type CollabDoc } from '../../editor/index.ts';
import { CollabTextField } from './CollabTextField.tsx';
import { ChoiceGroup, ChoiceSelect, CollabDateField } from './ChoiceGroup.tsx';
import { QuotedContributions } from './QuotedContributions.tsx';
import { ReportPart } from './ReportPart.tsx';
import { AddInvitees, type Invitee } from './AddInvitees.tsx';
import { ReportRows } from './ReportRows.tsx';
import { ChoiceBy } from './ChoiceBy.tsx';

/** Which optional parts of the report apply to this review. */
export interface ReportParts {
  isYear9Plus: boolean;
  isPhaseTransfer: boolean;
}

interface MeetingReportFormProps {
  collab: CollabDoc;
  user: { name: string; color: string };
  /** The server gave this connection the editor role (and has not refused for good). */
  isEditable: boolean;
  /** Which parts this editor may write, as the server said; nothing is editable until it has. */
  writer: ReportWriter | null;
  parts: ReportParts;
  contributions: QuotedContribution[] | null;
  /** People invited to the review, offered as attendees (the SENDCo's view only). */
  invitees?: Invitee[];
}

/**
 * The structured meeting report, co-edited live: every box, choice and row is part of one Yjs
 * document, so everyone in the meeting sees each other's changes as they happen. Each part is
 * editable only when the server's role for this connection lets this person write it (field
 * roles: `mayWrite`); the others are shown read-only, marked as written by the school.
 */
export function MeetingReportForm({
  collab,
  user,
  isEditable,
  writer,
  parts,
  contributions,
  invitees = [],
}: MeetingReportFormProps) {
  type Row = { kind: ReportRowKind; id: string } | undefined;
  const canWrite = (part: ReportPartRef) => isEditable && writer !== null && mayWrite(writer, part);
  const isContributor = writer === 'family' || writer === 'professional';
  /** Marks a part the person may read but not write (only for families and professionals: staff know). */
  const owner = (...partsOf: ReportPartRef[]) => (isContributor && !partsOf.some(canWrite) ? 'school' : undefined);
  const ref = (key: string, row?: Row) => ({ collab, key, ...(row ? { row } : {}) });
  const partOf = (key: string, row?: Row) => (row ? rowPart(REPORT_ROW_ARRAYS[row.kind], key) : fieldPart(key));
  const by = (key: string, row?: Row) => {
    const choiceKey = choiceKeyOf(partOf(key, row), row?.id ?? null);
    return choiceKey ? <ChoiceBy collab={collab} choiceKey={choiceKey} /> : null;
  };
  const richText = (part: ReportTextFragment, label: string, testId: string) => (
    <ReportEditor
      collab={collab}
      user={user}
      isEditable={canWrite(fragmentPart(REPORT_TEXT_FRAGMENTS[part]))}
      field={REPORT_TEXT_FRAGMENTS[part]}
      label={label}
      testId={testId}
      fieldName={part}
    />
  );
  const text = (row: Row, key: string, label: string, multiline = false) => (
    <CollabTextField field={ref(key, row)} label={label} multiline={multiline} isEditable={canWrite(partOf(key, row))} />
  );
  /** A row's choice, with who made it. */
  const choice = (row: Row, key: string, legend: string, options: Parameters<typeof ChoiceSelect>[0]['options']) => (
    <>
      <ChoiceSelect field={ref(key, row)} legend={legend} options={options} isEditable={canWrite(partOf(key, row))} />
      {by(key, row)}
    </>
  );
  const rows = (kind: ReportRowKind) => canWrite(rowPart(REPORT_ROW_ARRAYS[kind], null));
  const fragment = (part: ReportTextFragment) => fragmentPart(REPORT_TEXT_FRAGMENTS[part]);

  return (
    <div className="meeting-report">
      {writer && isEditable && (
        <p className="writer-rights" data-testid="writer-rights">
          {describeWriterRights(writer)}
        </p>
      )}
      <ReportPart id="attendees" title="Attendees" writtenBy={owner(rowPart(REPORT_ROW_ARRAYS.attendees, null))}>
        <ReportRows
          kind="attendees"
          collab={collab}
          noun="attendee"
          isEditable={rows('attendees')}
          extraActions={<AddInvitees collab={collab} invitees={invitees} />}
          renderRow={(row) => (
            <div className="row-fields three">
              {text(row, 'name', 'Name')}
              {text(row, 'role', 'Role')}
              {choice(row, 'attendance', 'Attendance', ATTENDANCE)}
            </div>
          )}
        />
      </ReportPart>
      <ReportPart id="young-person-views" title="The young person's views" writtenBy={owner(fragment('youngPersonViews'))}>
        {richText('youngPersonViews', "The young person's views", 'editor-young-person-views')}
      </ReportPart>
      <ReportPart id="parent-views" title="Parents' and carers' views" writtenBy={owner(fragment('parentViews'))}>
        {richText('parentViews', "Parents' and carers' views", 'editor-parent-views')}
      </ReportPart>
      <ReportPart
        id="outcomes"
        title="Progress towards outcomes (Section E)"
        hint="One row per outcome in Section E of the plan."
      >
        <ReportRows
          kind="outcomes"
          collab={collab}
          noun="outcome"
          isEditable={rows('outcomes')}
          renderRow={(row, index) => (
            <div className="row-fields">
              {text(row, 'outcome', `Outcome ${index + 1}`, true)}
              {choice(row, 'rating', 'Progress', OUTCOME_RATINGS)}
              {text(row, 'evidence', 'Evidence of progress', true)}
            </div>
          )}
        />
      </ReportPart>
      <ReportPart id="changes" title="Proposed changes to the plan" hint="Leave a section blank when no change is proposed.">
        {EHCP_SECTIONS.map((section) => (
          <fieldset key={section.key} className="section-change">
            <legend>
              Section {section.key}: {section.title}
            </legend>
            <div className="row-fields two">
              {text(undefined, `change.${section.key}.proposed`, 'Proposed change', true)}
              {text(undefined, `change.${section.key}.disagreement`, 'Any difference of opinion', true)}
            </div>
          </fieldset>
        ))}
      </ReportPart>
      <ReportPart id="provision" title="Provision review" writtenBy={owner(fragment('provisionReview'))}>
        {richText('provisionReview', 'Provision review', 'editor-provision-review')}
      </ReportPart>
      <ReportPart id="personal-budget" title="Personal budget" writtenBy={owner(fieldPart('personalBudget.answer'))}>
        <ChoiceGroup
          field={ref('personalBudget.answer')}
          legend="The personal budget question"
          options={PERSONAL_BUDGET_ANSWERS}
          isEditable={canWrite(fieldPart('personalBudget.answer'))}
        />
        {by('personalBudget.answer')}
        {text(undefined, 'personalBudget.notes', 'Notes', true)}
      </ReportPart>
      {parts.isYear9Plus && (
        <ReportPart
          id="pfa"
          title="Preparing for adulthood (Year 9 onwards)"
          hint="Every item is required from Year 9."
          writtenBy={owner(fieldPart('pfa.views'))}
        >
          {PFA_ITEMS.map((item) => (
            <div key={item.key}>{text(undefined, `pfa.${item.key}`, item.label, true)}</div>
          ))}
        </ReportPart>
      )}
      {parts.isPhaseTransfer && (
        <ReportPart id="phase-transfer" title="Phase transfer" writtenBy={owner(fieldPart('phaseTransfer.nextSetting'))}>
          {text(undefined, 'phaseTransfer.nextSetting', 'Preferred next school or setting')}
        </ReportPart>
      )}
      <ReportPart
        id="recommendation"
        title="Recommendation"
        hint="The recommendation and its reasons are the SENDCo's."
        writtenBy={writer === 'sendco' ? undefined : isEditable && writer ? 'sendco' : undefined}
      >
        <ChoiceGroup
          field={ref('recommendation')}
          legend="Recommendation to the local authority"
          options={RECOMMENDATION_OPTIONS}
          isEditable={canWrite(fieldPart('recommendation'))}
        />
        {by('recommendation')}
        {text(undefined, 'recommendation.reasons', 'Reasons', true)}
      </ReportPart>
      <ReportPart id="actions" title="Actions" writtenBy={owner(rowPart(REPORT_ROW_ARRAYS.actions, null))}>
        <ReportRows
          kind="actions"
          collab={collab}
          noun="action"
          isEditable={rows('actions')}
          renderRow={(row) => (
            <div className="row-fields three">
              {text(row, 'what', 'What')}
              {text(row, 'who', 'Who')}
              <CollabDateField field={ref('byWhen', row)} label="By when" isEditable={canWrite(partOf('byWhen', row))} />
            </div>
          )}
        />
      </ReportPart>
      <ReportPart id="notes" title="Discussion notes" writtenBy={owner(fragment('notes'))}>
        {richText('notes', 'Discussion notes', 'report-editor')}
      </ReportPart>
      {contributions && (
        <ReportPart id="contributions" title="Contributions received">
          <QuotedContributions contributions={contributions} />
        </ReportPart>
      )}
    </div>
  );
}

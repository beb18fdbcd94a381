/**
 * Explanations for phase transfer, under-five and ceasing outputs (R13, R14, R15, R17).
 */
import { weekendNote } from './explain-helpers.ts';
import type { ExplainContext, Explanation, ExplanationBuilder, TimelineField } from './explanation-types.ts';
import type { TransferType } from './types.ts';

const REG_18 = 'SEND Regulations 2014 (SI 2014/1530) reg 18';

const TRANSFER_LABELS: Record<TransferType, string> = {
  'early-years-to-school': 'from early years education to school',
  'infant-to-junior': 'from infant school to junior school',
  'primary-to-middle': 'from primary school to middle school',
  'primary-to-secondary': 'from primary school to secondary school',
  'middle-to-secondary': 'from middle school to secondary school',
  'secondary-to-post16': 'from secondary school to a post-16 institution',
  'post16-to-post16': 'between post-16 institutions',
};

function transferFacts(c: ExplainContext) {
  // Only called when `transfer` is present (phaseTransfer outputs exist only then).
  const transfer = c.input.transfer ?? { type: 'primary-to-secondary', transferDate: '' };
  const isPost16Move = transfer.type === 'post16-to-post16';
  const pt = c.timeline.phaseTransfer;
  return {
    move: `the move ${TRANSFER_LABELS[transfer.type]} on ${c.long(transfer.transferDate)}`,
    isPost16Move,
    named: isPost16Move ? '' : transfer.type === 'secondary-to-post16' ? '31 March' : '15 February',
    lastCompliantDay: pt?.lastCompliantDay ?? '',
    pt,
    base: {
      ruleId: isPost16Move ? 'R14' : 'R13',
      status: 'statutory',
      source: isPost16Move ? `${REG_18}(2)` : `${REG_18}(1); SEND Code of Practice 9.179–9.180`,
      verification: 'V',
    } satisfies Omit<Explanation, 'reason'>,
  };
}

function lastCompliantDayReason(c: ExplainContext): string {
  const f = transferFacts(c);
  const day = c.long(f.lastCompliantDay);
  const main = f.isPost16Move
    ? `The amended plan naming the new institution must be final at least five months before ${f.move}: by ${day}.`
    : `The law says "before ${f.named}", so the amended plan naming the new school or institution must be final by ${day} for ${f.move}.`;
  return `${main}${weekendNote(f.lastCompliantDay)}`;
}

function windowReason(c: ExplainContext, edge: 'from' | 'to'): string {
  const w = c.timeline.underFiveReviewWindow;
  return `Because the child is under five, the council should consider an extra review between ${c.long(w?.from ?? '')} and ${c.long(w?.to ?? '')} (3 to 6 months after ${c.long(c.timeline.reviewAnchorDate)}), as well as the annual review; this is the ${edge === 'from' ? 'start' : 'end'} of that window.`;
}

const UNDER_FIVE_FACTS = {
  ruleId: 'R15',
  status: 'code',
  source: 'SEND Code of Practice 9.178',
  verification: 'V2',
} satisfies Omit<Explanation, 'reason'>;

/** Builders for phase transfer, under-five and ceasing outputs, keyed by output name. */
export const TRANSFER_EXPLANATIONS: Partial<Record<TimelineField, ExplanationBuilder>> = {
  'phaseTransfer.calendarYear': (c) => {
    const f = transferFacts(c);
    return { ...f.base, reason: `${f.move[0]?.toUpperCase()}${f.move.slice(1)} is in ${f.pt?.calendarYear ?? ''}.` };
  },
  'phaseTransfer.namedDate': (c) => {
    const f = transferFacts(c);
    return {
      ...f.base,
      reason: f.isPost16Move
        ? `No fixed date applies to ${f.move}; the plan must instead be amended at least five months before the move.`
        : `For ${f.move}, the law says the plan must be reviewed and amended before ${c.long(f.pt?.namedDate ?? '')}.`,
    };
  },
  'phaseTransfer.lastCompliantDay': (c) => ({ ...transferFacts(c).base, reason: lastCompliantDayReason(c) }),
  'phaseTransfer.windowOpens': (c) => {
    const f = transferFacts(c);
    return {
      ...f.base,
      reason: `The phase-transfer duty applies from ${c.long(f.pt?.windowOpens ?? '')}, 12 months before ${f.move}.`,
    };
  },
  'phaseTransfer.latestMeetingDate': (c) => {
    const f = transferFacts(c);
    return {
      ruleId: f.base.ruleId,
      status: 'product',
      source: `Derived from ${REG_18} with the 4-week decision and 8-week final-plan limits`,
      reason: `Holding the review meeting by ${c.long(f.pt?.latestMeetingDate ?? '')} leaves time for the council's four-week decision and the eight weeks to finalise the plan before ${c.long(f.lastCompliantDay)}. This is our planning date, not a legal one.`,
    };
  },
  'phaseTransfer.atRisk': (c) => {
    const f = transferFacts(c);
    const checked =
      c.input.meetingDate == null ? `Today (${c.long(c.input.asOf)})` : `The meeting date (${c.long(c.input.meetingDate)})`;
    const latest = c.long(f.pt?.latestMeetingDate ?? '');
    return {
      ruleId: f.base.ruleId,
      status: 'product',
      source: `Derived from ${REG_18}; product warning`,
      reason: f.pt?.atRisk
        ? `${checked} is after ${latest}, so the amended plan may not be final by ${c.long(f.lastCompliantDay)} unless the council acts faster than the maximum times allowed.`
        : `${checked} is on or before ${latest}, which leaves the full time for every step before ${c.long(f.lastCompliantDay)}.`,
    };
  },
  'underFiveReviewWindow.from': (c) => ({ ...UNDER_FIVE_FACTS, reason: windowReason(c, 'from') }),
  'underFiveReviewWindow.to': (c) => ({ ...UNDER_FIVE_FACTS, reason: windowReason(c, 'to') }),
  appealDeadline: (c) => {
    const { input, long } = c;
    const deadline = c.timeline.appealDeadline ?? '';
    const mediation =
      input.mediationCertificateDate == null
        ? ''
        : `, or one month after the mediation certificate of ${long(input.mediationCertificateDate)} if that is later`;
    return {
      ruleId: 'R17',
      status: 'statutory',
      source:
        'Children and Families Act 2014 s45; SEND Regulations 2014 reg 31(3); First-tier Tribunal (SEND) appeal time limits as reported by IPSEA and Essex SENDIASS (not verified)',
      verification: 'U',
      reason: `You can appeal to the SEND Tribunal against the decision to stop the plan until ${long(deadline)}: two months after the decision letter of ${long(input.decisionNotifiedDate ?? '')}${mediation}. The plan stays in place while you can still appeal.${weekendNote(deadline)}`,
    };
  },
};

/**
 * Interim reviews for children under five (spec R15).
 */
import { addMonths } from 'date-fns';

/** The CoP 9.178 window for an interim review. */
export interface UnderFiveWindow {
  /** Three months after the anchor. */
  from: Date;
  /** Six months after the anchor. */
  to: Date;
}

/**
 * The LA should consider reviewing an under-five's plan every 3 to 6 months (CoP 9.178, Code
 * "should"): `from = anchor + 3 months`, `to = anchor + 6 months`, with the R4
 * `reviewAnchorDate` as anchor. Plain clamped `addMonths` is used because this is guidance,
 * not a statutory period. Only call it when the child is under five on `asOf`.
 */
export function computeUnderFiveWindow(reviewAnchorDate: Date): UnderFiveWindow {
  return { from: addMonths(reviewAnchorDate, 3), to: addMonths(reviewAnchorDate, 6) };
}

/**
 * Validation errors for the deadline engine: a typed error naming each bad field.
 */
import type { z } from 'zod';

/** One problem with the input, naming the field in plain English. */
export interface TimelineIssue {
  /** Dotted path of the field, e.g. `meetingDate` or `transfer.type`; `input` for the whole object. */
  field: string;
  /** Plain-English message that names the field, e.g. "meetingDate (2024-01-01) must be …". */
  message: string;
}

/**
 * Thrown by {@link computeTimeline} and {@link explainTimeline} when the input or options are
 * invalid. `issues` lists every problem found, each naming its field.
 */
export class TimelineValidationError extends Error {
  override readonly name = 'TimelineValidationError';
  /** Every problem found, in the order the schema reported them. */
  readonly issues: readonly TimelineIssue[];

  constructor(issues: readonly TimelineIssue[]) {
    super(`Invalid timeline input. ${issues.map((issue) => issue.message).join(' ')}`);
    this.issues = issues;
  }
}

/**
 * Converts zod issues to {@link TimelineIssue}s. An unrecognised key gives one issue per key.
 *
 * @param prefix Path prefix for the field names, e.g. `options`.
 */
export function toTimelineIssues(error: z.ZodError, prefix?: string): TimelineIssue[] {
  const join = (path: readonly PropertyKey[]): string =>
    [prefix, ...path.map(String)].filter((part) => part !== undefined && part !== '').join('.');
  return error.issues.flatMap((issue): TimelineIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const field = join([...issue.path, key]);
        return {
          field,
          message: `${field} is not a recognised field; check its spelling (names are case-sensitive).`,
        };
      });
    }
    return [{ field: join(issue.path) || prefix || 'input', message: issue.message }];
  });
}

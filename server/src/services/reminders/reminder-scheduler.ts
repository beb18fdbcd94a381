import { isReminderSendingHour, type ReminderSendHours } from '@ehcp/shared';
import { hourInEngland } from '../clock.ts';
import { createPeriodic, type Periodic } from '../periodic.ts';
import type { ReminderDeps } from './reminder-deps.ts';
import { sweepReminders, type ReminderSweepResult } from './sweep-reminders.ts';

/** How the composition root configures the periodic sweep. */
export interface ReminderSchedulerOptions extends ReminderDeps {
  /** Milliseconds between the end of one sweep and the start of the next; 0 never sweeps on its own. */
  intervalMs: number;
  /** Hours in England when scheduled sweeps run (reminders never go out at night). */
  sendHours: ReminderSendHours;
  /** The current time; injectable for tests. */
  now?: () => Date;
  /** Told the result of every scheduled sweep, and any error (the composition root logs them). */
  onSweep: (result: ReminderSweepResult) => void;
  onError: (error: unknown) => void;
}

/** The automatic reminders of one server process: `start()` sweeps at once, then every interval within the sending hours. */
export interface ReminderScheduler extends Periodic {
  /** One sweep now, whatever the hour (tests pass `today`). */
  sweep(today?: string): Promise<ReminderSweepResult>;
}

/**
 * A periodic sweep for due reminders. Sweeps of one process never overlap (the next is timed from
 * the end of the previous); sweeps of several processes may, which the claim in `sendReminder`
 * makes safe.
 */
export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const now = options.now ?? (() => new Date());
  const sweep = (today = options.today()) => sweepReminders(options.mailer, today, now());

  const tick = async () => {
    try {
      if (!isReminderSendingHour(hourInEngland(now()), options.sendHours)) return;
      options.onSweep(await sweep());
    } catch (error) {
      options.onError(error);
    }
  };
  return { ...createPeriodic(options.intervalMs, tick), sweep };
}

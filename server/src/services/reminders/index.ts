export * from './reminder-deps.ts';
export * from './compose-reminder.ts';
export * from './send-reminder.ts';
export * from './sweep-reminders.ts';
export * from './nudge-participant.ts';
export * from './reminder-scheduler.ts';

export * from './staff-deps.ts';
export * from './list-staff.ts';
export * from './invite-staff.ts';
export * from './set-password.ts';
export * from './remove-staff.ts';
export * from './school-settings.ts';
export * from './assign-staff.ts';

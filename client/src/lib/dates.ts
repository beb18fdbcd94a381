/**
 * Dates on screen: the shared calendar helpers under the names the components use, so every
 * page writes dates (and year groups) the same way as emails, the engine and the printed report.
 */
export { dateTimeInEngland as formatDateTime, longDate as formatLongDate, shortDate as formatDate } from '@ehcp/shared';
export { yearGroupLabel } from '@ehcp/shared/deadlines';

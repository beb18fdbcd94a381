import {
  IdSchema,
  writerForParticipant,
  writerForStaff,
  writerLabel,
  type ParticipantRole,
  type ReportWriter,
} from '@ehcp/shared';
import { Participant, User } from '../../models/index.ts';

/** Who is writing in a meeting report: which parts they may write, and what they are called there. */
export interface ReportWriterOf {
  writer: ReportWriter;
  /** "SENDCo", "School staff", "Parent or carer", "Educational psychologist" … */
  label: string;
}

/**
 * The report writer a person is, from their stored record: a participant by their invited role
 * (family or professional), a staff member by their account's role (SENDCo or staff). Null when
 * there is no such record (removed meanwhile), so they may write nothing.
 */
export async function findReportWriter(person: { participantId: string } | { userId: string }): Promise<ReportWriterOf | null> {
  if ('participantId' in person) {
    if (!IdSchema.safeParse(person.participantId).success) return null;
    const participant = await Participant.findById(person.participantId).select('role').lean();
    if (!participant) return null;
    const role = participant.role as ParticipantRole;
    return { writer: writerForParticipant(role), label: writerLabel(writerForParticipant(role), role) };
  }
  if (!IdSchema.safeParse(person.userId).success) return null;
  const user = await User.findById(person.userId).select('role').lean();
  if (!user) return null;
  const writer = writerForStaff(user.role);
  return { writer, label: writerLabel(writer) };
}

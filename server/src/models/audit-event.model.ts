import { Schema, model, type InferSchemaType } from 'mongoose';
import { AUDIT_ACTIONS } from '@ehcp/shared';
import { refuseChanges } from './append-only.ts';

/**
 * One security-relevant event. Append-only: the model refuses updates and deletes so no code path
 * can rewrite history (a database administrator still can; this guards against mistakes, not DBAs).
 */
const auditEventSchema = new Schema(
  {
    /** Null only for failed sign-ins with an unknown email, which belong to no school. */
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', default: null, index: true },
    at: { type: Date, required: true },
    action: { type: String, enum: AUDIT_ACTIONS, required: true },
    actor: {
      type: new Schema(
        {
          kind: { type: String, enum: ['staff', 'participant', 'share-link', 'anonymous', 'system'], required: true },
          id: { type: String, default: null },
          name: { type: String, required: true, maxlength: 250 },
        },
        { _id: false },
      ),
      required: true,
    },
    target: {
      type: new Schema({ kind: { type: String, required: true }, id: { type: String, required: true } }, { _id: false }),
      default: null,
    },
    /** Small flat object of strings, numbers and booleans (never tokens or message bodies). */
    details: { type: Schema.Types.Mixed, default: {} },
  },
  { strict: true, versionKey: false },
);
auditEventSchema.index({ schoolId: 1, _id: -1 });

refuseChanges(auditEventSchema, 'Audit events are append-only.');

export type AuditEventDoc = InferSchemaType<typeof auditEventSchema>;
export const AuditEvent = model('AuditEvent', auditEventSchema);

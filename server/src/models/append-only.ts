import type { Schema } from 'mongoose';

/**
 * Makes a collection append-only at the model: every update and delete through it throws, so no
 * code path can rewrite what was stored (a database administrator still can).
 */
export function refuseChanges(schema: Schema, message: string): void {
  schema.pre(['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne', 'deleteOne', 'deleteMany', 'findOneAndDelete'], () => {
    throw new Error(message);
  });
}

import { Schema, model } from 'mongoose';

/**
 * One rate-limit counter, written by `rate-limiter-flexible`'s RateLimiterMongo (server/src/rate-limits),
 * not through this model; the model exists for its indexes and the expiry sweep. `key` is the
 * rule's name and an HMAC of what is counted (an address, an account), never the value itself.
 * FerretDB 1.24 has no TTL indexes, so expired counters are deleted by the housekeeping sweep.
 */
const rateLimitSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    points: { type: Number, required: true },
    /** When the window (or block) ends; null never expires (not used). */
    expire: { type: Date, default: null },
  },
  { strict: true, versionKey: false, collection: 'ratelimits' },
);
rateLimitSchema.index({ expire: 1 });

export const RateLimitCounter = model('RateLimitCounter', rateLimitSchema);

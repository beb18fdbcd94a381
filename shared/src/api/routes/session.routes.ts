import { z } from 'zod';
import { LoginRequestSchema, type CurrentUser } from '../../schemas/auth.schema.ts';
import { defineRoute, json } from '../contract.ts';

/** The database's status, as the health check reports it. */
export interface HealthView {
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down'; latencyMs?: number };
}

/** Signing in and out, the signed-in staff member, and the health check. */
export const sessionRoutes = {
  login: defineRoute({
    method: 'POST',
    path: '/api/auth/login',
    body: LoginRequestSchema,
    response: json<{ user: CurrentUser }>(),
  }),
  logout: defineRoute({ method: 'POST', path: '/api/auth/logout', status: 204, response: json<void>() }),
  me: defineRoute({ method: 'GET', path: '/api/auth/me', response: json<{ user: CurrentUser }>() }),
  health: defineRoute({ method: 'GET', path: '/api/health', query: z.object({}).optional(), response: json<HealthView>() }),
};

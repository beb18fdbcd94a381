import { Router } from 'express';
import { LoginRequestSchema } from '@ehcp/shared';
import { readCookie, SESSION_COOKIE } from '../../auth/index.ts';
import { getCurrentUser, signIn, signOut } from '../../services/index.ts';
import { parseBody, requireStaff, staffOf } from '../middleware/index.ts';
import type { RouteDeps } from './route-deps.ts';

/** Sign-in, sign-out and the current user. */
export function authRoutes(deps: RouteDeps): Router {
  const router = Router();
  const cookieOptions = { httpOnly: true, sameSite: 'lax', secure: deps.config.auth.cookieSecure, path: '/' } as const;

  router.post('/login', async (req, res) => {
    const input = parseBody(LoginRequestSchema, req);
    const session = await signIn(input, { sessionTtlMs: deps.config.auth.sessionTtlMs });
    res.cookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
    res.json({ user: await getCurrentUser(session.userId) });
  });

  router.post('/logout', async (req, res) => {
    await signOut(deps, readCookie(req.headers.cookie, SESSION_COOKIE));
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.status(204).end();
  });

  router.get('/me', requireStaff, async (_req, res) => {
    res.json({ user: await getCurrentUser(staffOf(res.locals).userId) });
  });

  return router;
}

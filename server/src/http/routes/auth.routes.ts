import { Router } from 'express';
import { sessionRoutes as routes } from '@ehcp/shared';
import { findKnownDevice, KNOWN_DEVICE_COOKIE, readCookie, rememberDevice, SESSION_COOKIE } from '../../auth/index.ts';
import { AppError, tooManyRequests } from '../../errors/index.ts';
import type { SignInRefusal } from '../../rate-limits/index.ts';
import { getCurrentUser, recordSignInPaused, signIn, signOut } from '../../services/index.ts';
import { serve, serveStaff } from '../serve.ts';
import type { RouteDeps } from './route-deps.ts';

const tooManySignIns = (refusal: SignInRefusal) => tooManyRequests('Too many failed sign-ins.', refusal.retryAfterSeconds);

/** Sign-in (throttled, decision 37), sign-out and the current user. */
export function authRoutes(deps: RouteDeps): Router {
  const router = Router();
  const cookieOptions = { httpOnly: true, sameSite: 'lax', secure: deps.config.auth.cookieSecure, path: '/' } as const;
  // Only the sign-in route reads the known-browser cookie, and no other site's request carries it.
  const deviceCookieOptions = {
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.auth.cookieSecure,
    path: '/api/auth',
  } as const;

  serve(router, routes.login, async ({ body: input, req, res }) => {
    const deviceToken = readCookie(req.headers.cookie, KNOWN_DEVICE_COOKIE);
    const attempt = { email: input.email, address: req.ip, knownDeviceId: await findKnownDevice(deviceToken, input.email) };
    const refusal = await deps.signInThrottle.check(attempt);
    // Refused before the password is checked: no scrypt, no audit row, and a right password
    // gets the same answer as a wrong one, so the pause cannot be used to test guesses.
    if (refusal) throw tooManySignIns(refusal);
    let session;
    try {
      session = await signIn(input, { sessionTtlMs: deps.config.auth.sessionTtlMs });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'invalid_credentials') throw error;
      const paused = await deps.signInThrottle.recordFailure(attempt);
      if (!paused) throw error;
      await recordSignInPaused(input.email, paused.scope, paused.retryAfterSeconds);
      throw tooManySignIns(paused);
    }
    await deps.signInThrottle.recordSuccess(attempt);
    const device = await rememberDevice(session.userId, deviceToken);
    res.cookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
    res.cookie(KNOWN_DEVICE_COOKIE, device.token, { ...deviceCookieOptions, expires: device.expiresAt });
    return { user: await getCurrentUser(session.userId) };
  });

  serve(router, routes.logout, async ({ req, res }) => {
    await signOut(deps, readCookie(req.headers.cookie, SESSION_COOKIE));
    res.clearCookie(SESSION_COOKIE, cookieOptions);
  });

  serveStaff(router, routes.me, async ({ staff }) => ({ user: await getCurrentUser(staff.userId) }));

  return router;
}

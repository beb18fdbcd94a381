import type { RequestHandler } from 'express';
import { authenticateSession, readCookie, SESSION_COOKIE, type StaffPrincipal } from '../../auth/index.ts';
import { unauthenticated } from '../../errors/index.ts';
import { logContext } from '../../logging/index.ts';

declare module 'express-serve-static-core' {
  interface Locals {
    staff?: StaffPrincipal;
  }
}

/** Requires a signed-in staff member; puts them in res.locals.staff. */
export const requireStaff: RequestHandler = async (req, res, next) => {
  const principal = await authenticateSession(readCookie(req.headers.cookie, SESSION_COOKIE));
  if (!principal) throw unauthenticated();
  res.locals.staff = principal;
  const store = logContext.getStore();
  if (store) store.userId = principal.userId;
  next();
};

/** The staff member put there by requireStaff. */
export function staffOf(locals: { staff?: StaffPrincipal }): StaffPrincipal {
  if (!locals.staff) throw unauthenticated();
  return locals.staff;
}

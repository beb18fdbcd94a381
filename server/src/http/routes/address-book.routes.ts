import { Router } from 'express';
import { addressBookRoutes as routes } from '@ehcp/shared';
import { canManageAddressBook, type StaffPrincipal } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { createEntry, listAddressBook, listAddressBookForReview, removeEntry, updateEntry } from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
import { loadManagedReview } from './participants.routes.ts';
import type { RouteDeps } from './route-deps.ts';

const requireSendco = (staff: StaffPrincipal) => {
  if (!canManageAddressBook(staff)) throw forbidden('Only the SENDCo keeps the school’s address book.');
};

/**
 * The SENDCo's Address book page and the review's picker of it. Handler order: auth → validate →
 * authorize → use case (which loads within the school). Like the other signed-in staff routes,
 * no rate limit beyond the session (decision 72).
 */
export function addressBookRoutes(_deps: RouteDeps): Router {
  const router = Router();
  serveStaff(router, routes.list, async ({ staff, query }) => {
    requireSendco(staff);
    return listAddressBook(staff.schoolId, query.q);
  });
  serveStaff(router, routes.create, async ({ staff, body }) => {
    requireSendco(staff);
    return { entry: await createEntry(staff, body) };
  });
  serveStaff(router, routes.update, async ({ staff, params, body }) => {
    requireSendco(staff);
    return { entry: await updateEntry(staff, params.entryId, body) };
  });
  serveStaff(router, routes.remove, async ({ staff, params }) => {
    requireSendco(staff);
    await removeEntry(staff, params.entryId);
  });
  serveStaff(router, routes.forReview, async ({ staff, params, query }) =>
    listAddressBookForReview(await loadManagedReview(staff, params.reviewId), query.q),
  );
  return router;
}

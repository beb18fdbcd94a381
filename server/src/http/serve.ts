import type { Request, RequestHandler, Response, Router } from 'express';
import type { RouteBody, RouteParams, RouteQuery, RouteResponse, RouteSpec } from '@ehcp/shared';
import type { StaffPrincipal } from '../auth/index.ts';
import { requireStaff, staffOf } from './middleware/index.ts';

/** What a handler receives: the route's parameters, query and body, parsed with its schemas. */
export interface RequestOf<S> {
  params: RouteParams<S>;
  query: RouteQuery<S>;
  body: RouteBody<S>;
  req: Request;
  res: Response;
}

/** A handler for a route of the contract: it must answer the route's response type. */
export type Handler<S> = (request: RequestOf<S>) => Promise<RouteResponse<S>>;

/** What a staff route's handler receives: the request and the signed-in staff member. */
export interface StaffRequestOf<S> extends RequestOf<S> {
  staff: StaffPrincipal;
}

type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * Registers a handler for one route of the shared contract (`@ehcp/shared`'s `*Routes`), on its
 * method and path. The middleware in `before` runs first (authentication: 401 before 400); then
 * the path parameters, query and body are parsed with the route's schemas (a ZodError is 400
 * validation_failed); then the handler runs, and its result is sent as JSON with the route's
 * status (204: no body). A file route's handler writes the response itself.
 */
export function serve<const S extends RouteSpec>(
  router: Router,
  route: S,
  handler: Handler<S>,
  before: RequestHandler[] = [],
): void {
  const method = route.method.toLowerCase() as Method;
  router[method](route.path, ...before, async (req: Request, res: Response) => {
    const request = {
      params: route.params ? route.params.parse(req.params) : {},
      query: route.query ? route.query.parse(req.query) : {},
      body: route.body ? route.body.parse(req.body ?? {}) : {},
      req,
      res,
    } as RequestOf<S>;
    const result = await handler(request);
    if (route.response.kind === 'file' || res.headersSent) return;
    if (route.status === 204) {
      res.status(204).end();
      return;
    }
    res.status(route.status ?? 200).json(result);
  });
}

/** Like {@link serve}, for signed-in staff only (401 otherwise); the handler gets the staff member. */
export function serveStaff<const S extends RouteSpec>(
  router: Router,
  route: S,
  handler: (request: StaffRequestOf<S>) => Promise<RouteResponse<S>>,
): void {
  serve(router, route, (request) => handler({ ...request, staff: staffOf(request.res.locals) }), [requireStaff]);
}

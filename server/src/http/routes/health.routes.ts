import { Router } from 'express';
import { sessionRoutes as routes } from '@ehcp/shared';
import { checkDatabase } from '../../services/index.ts';
import { serve } from '../serve.ts';

/** Liveness with the database's real status: 200 when up, 503 when down. */
export function healthRoutes(): Router {
  const router = Router();
  serve(router, routes.health, async ({ res }) => {
    const database = await checkDatabase();
    res.status(database.status === 'up' ? 200 : 503);
    const view = { status: database.status === 'up' ? ('ok' as const) : ('degraded' as const), database };
    res.json(view);
    return view;
  });
  return router;
}

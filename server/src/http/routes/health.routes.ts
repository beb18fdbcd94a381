import { Router } from 'express';
import { checkDatabase } from '../../services/index.ts';

/** Liveness with the database's real status: 200 when up, 503 when down. */
export function healthRoutes(): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const database = await checkDatabase();
    res.status(database.status === 'up' ? 200 : 503).json({ status: database.status === 'up' ? 'ok' : 'degraded', database });
  });
  return router;
}

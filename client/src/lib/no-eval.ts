import { z } from 'zod';

/**
 * zod compiles a fast validator for each object schema with `new Function` when it may, and
 * probes whether it may when the schema is built. The app's pages are served under a
 * Content-Security-Policy without 'unsafe-eval' (decision 39), where that probe is a CSP
 * violation; validating without compiled code is fast enough for a browser's few forms. This
 * module is imported first by main.tsx, so it runs before any schema of `@ehcp/shared` is built.
 */
z.config({ jitless: true });

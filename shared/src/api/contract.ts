/**
 * The typed HTTP contract: every route of the API is declared once, here in shared, with its
 * method, path, the zod schemas of its path parameters, query and body, its success status and
 * the TypeScript type of its response. The server registers its handlers from these declarations
 * (a handler that returns another shape does not compile) and the client calls routes through
 * them (a call with a wrong path, parameter or body does not compile), so the two cannot drift.
 *
 * Requests are validated at run time by the server with the schemas; responses are typed only
 * (the server builds them with its own presenters, and the client trusts its own server).
 */
import type { z } from 'zod';

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

declare const RESPONSE: unique symbol;

/** A phantom carrying a route's response type; it has no run-time content. */
export interface ResponseOf<R> {
  readonly [RESPONSE]?: R;
  /** `json`: a JSON body; `file`: a download (CSV, ICS, PDF, DOCX, an attachment) the browser opens by URL. */
  readonly kind: 'json' | 'file';
}

/** The response of a route answering JSON of type `R`. */
export const json = <R>(): ResponseOf<R> => ({ kind: 'json' });

/** A download: its bytes are not typed, the browser opens it by URL. */
export interface FileDownload {
  readonly isFile: true;
}

/** What a file route's handler returns once it has written the file to the response. */
export const FILE_SENT: FileDownload = Object.freeze({ isFile: true });

/** The response of a route answering a file. */
export const file = (): ResponseOf<FileDownload> => ({ kind: 'file' });

/** One route of the API. */
export interface RouteSpec {
  method: HttpMethod;
  /** Express-style path with `:name` parameters, e.g. `/api/reviews/:reviewId/participants`. */
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * `file`: the request body is a file's raw bytes (an attachment upload; what goes with it is in
   * the query), read by the server with its own size limit instead of the JSON parser. JSON unless given.
   */
  bodyKind?: 'file';
  /** Status of a success; 200 unless given. 204 answers no body. */
  status?: 200 | 201 | 204;
  response: ResponseOf<unknown>;
}

/** Declares a route, keeping its exact types. */
export const defineRoute = <const S extends RouteSpec>(spec: S): S => spec;

type SchemaOf<S, K extends 'params' | 'query' | 'body'> = S extends { [key in K]: infer T extends z.ZodType } ? T : never;

/** The parsed path parameters of a route (what the server's handler receives). */
export type RouteParams<S> = [SchemaOf<S, 'params'>] extends [never] ? Record<string, never> : z.output<SchemaOf<S, 'params'>>;
/** The parsed query of a route. */
export type RouteQuery<S> = [SchemaOf<S, 'query'>] extends [never] ? Record<string, never> : z.output<SchemaOf<S, 'query'>>;
/** The parsed body of a route. */
export type RouteBody<S> = [SchemaOf<S, 'body'>] extends [never] ? Record<string, never> : z.output<SchemaOf<S, 'body'>>;
/** What a route answers on success. */
export type RouteResponse<S> = S extends { status: 204 } ? void : S extends { response: ResponseOf<infer R> } ? R : never;

/** What a caller sends: the parameters, query and body a route declares, before parsing. */
export type RouteInput<S> = ([SchemaOf<S, 'params'>] extends [never]
  ? { params?: undefined }
  : { params: z.input<SchemaOf<S, 'params'>> }) &
  ([SchemaOf<S, 'query'>] extends [never] ? { query?: undefined } : { query?: z.input<SchemaOf<S, 'query'>> }) &
  ([SchemaOf<S, 'body'>] extends [never] ? { body?: undefined } : { body: z.input<SchemaOf<S, 'body'>> });

/**
 * The path of a route with its parameters filled in (each encoded), and its query string.
 * @throws Error when a parameter the path names is missing.
 */
export function pathOf(
  route: Pick<RouteSpec, 'path'>,
  params: Record<string, unknown> = {},
  query: Record<string, unknown> = {},
): string {
  const path = route.path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') throw new Error(`${route.path}: parameter ${name} is missing`);
    return encodeURIComponent(String(value));
  });
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value])
      pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(item))}`);
  }
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;
}

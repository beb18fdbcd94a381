import { pathOf, type ErrorCode, type ErrorEnvelope, type RouteInput, type RouteResponse, type RouteSpec } from '@ehcp/shared';

/** An API failure, decoded from the error envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network_error',
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The URL of a route with its parameters and query filled in (for links and downloads). */
export function urlOf<const S extends RouteSpec>(route: S, input: RouteInput<S>): string {
  return pathOf(route, input.params ?? {}, input.query ?? {});
}

/**
 * Calls one route of the shared HTTP contract with the session cookie; the route decides the
 * method, path, what must be sent and what comes back, so a call that does not match the server
 * does not compile. Throws ApiError on any failure.
 */
export async function callApi<const S extends RouteSpec>(route: S, input: RouteInput<S>): Promise<RouteResponse<S>> {
  const body = input.body;
  return send(route, input, {
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * Sends a file's bytes to an upload route of the contract (`bodyKind: 'file'`); what goes with
 * it is in the route's query. The server decides the type from the content, not from this.
 */
export async function uploadFile<const S extends RouteSpec & { bodyKind: 'file' }>(
  route: S,
  input: RouteInput<S>,
  file: Blob,
): Promise<RouteResponse<S>> {
  return send(route, input, { headers: { 'Content-Type': file.type || 'application/octet-stream' }, body: file });
}

async function send<const S extends RouteSpec>(
  route: S,
  input: RouteInput<S>,
  request: { headers: Record<string, string>; body: BodyInit | undefined },
): Promise<RouteResponse<S>> {
  let response: Response;
  try {
    response = await fetch(urlOf(route, input), { method: route.method, credentials: 'same-origin', ...request });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as RouteResponse<S>;
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const envelope = json as Partial<ErrorEnvelope> | null;
    throw new ApiError(
      response.status,
      envelope?.error?.code ?? 'internal_error',
      envelope?.error?.message ?? 'Something went wrong. Please try again.',
      envelope?.error?.details,
    );
  }
  return json as RouteResponse<S>;
}

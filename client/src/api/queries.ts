import { QueryClient, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RouteInput, RouteResponse, RouteSpec } from '@ehcp/shared';
import { ApiError, callApi } from './client.ts';

/**
 * Data loading through TanStack Query: each GET route of the contract is a query keyed by its
 * path and input, so two components showing the same data share one request and one cache
 * entry, and a change invalidates by route. Client errors (4xx) are not retried: the answer
 * will not change; network and server errors are retried once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 0,
      },
      mutations: { retry: false },
    },
  });
}

/** The cache key of a route with its input. */
export const queryKeyOf = <const S extends RouteSpec>(route: S, input?: RouteInput<S>) =>
  input === undefined ? [route.path] : [route.path, input.params ?? {}, input.query ?? {}];

/** Loads a GET route of the contract. */
export function useApiQuery<const S extends RouteSpec>(
  route: S,
  input: RouteInput<S>,
  options: Omit<UseQueryOptions<RouteResponse<S>, Error>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<RouteResponse<S>, Error>({
    queryKey: queryKeyOf(route, input),
    queryFn: () => callApi(route, input),
    ...options,
  });
}

/** Refetches every loaded query of these routes (after a change that affects them). */
export function useInvalidate() {
  const client = useQueryClient();
  return useCallback(
    (...routes: RouteSpec[]) => Promise.all(routes.map((route) => client.invalidateQueries({ queryKey: [route.path] }))),
    [client],
  );
}

/**
 * Calls a changing route of the contract; on success, refetches the queries of `invalidates`
 * (the routes whose data it changed).
 */
export function useApiMutation<const S extends RouteSpec>(route: S, options: { invalidates?: RouteSpec[] } = {}) {
  const invalidate = useInvalidate();
  return useMutation<RouteResponse<S>, Error, RouteInput<S>>({
    mutationFn: (input) => callApi(route, input),
    onSuccess: () => invalidate(...(options.invalidates ?? [])),
  });
}

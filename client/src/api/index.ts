export { ApiError, callApi, urlOf } from './client.ts';
export { createQueryClient, queryKeyOf, useApiMutation, useApiQuery, useInvalidate } from './queries.ts';

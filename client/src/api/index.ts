export { ApiError, callApi, uploadFile, urlOf } from './client.ts';
export { createQueryClient, queryKeyOf, useApiMutation, useApiQuery, useInvalidate } from './queries.ts';

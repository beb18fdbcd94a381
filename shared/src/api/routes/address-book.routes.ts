import {
  AddressBookEntryInputSchema,
  AddressBookEntryParamsSchema,
  AddressBookQuerySchema,
  type AddressBookChoices,
  type AddressBookEntryView,
  type AddressBookPage,
} from '../../schemas/address-book.schema.ts';
import { ReviewParamsSchema } from '../../schemas/review.schema.ts';
import { defineRoute, json } from '../contract.ts';

/**
 * The school's address book (the SENDCo's "Address book" page), and the review's picker of it.
 * Inviting from the picker is the ordinary `participantRoutes.add`, once per person ticked.
 */
export const addressBookRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/address-book',
    query: AddressBookQuerySchema,
    response: json<AddressBookPage>(),
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/address-book',
    body: AddressBookEntryInputSchema,
    status: 201,
    response: json<{ entry: AddressBookEntryView }>(),
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/address-book/:entryId',
    params: AddressBookEntryParamsSchema,
    body: AddressBookEntryInputSchema,
    response: json<{ entry: AddressBookEntryView }>(),
  }),
  remove: defineRoute({
    method: 'DELETE',
    path: '/api/address-book/:entryId',
    params: AddressBookEntryParamsSchema,
    status: 204,
    response: json<void>(),
  }),
  /** The address book searched for one review: who is already invited to it is marked. */
  forReview: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/participants/address-book',
    params: ReviewParamsSchema,
    query: AddressBookQuerySchema,
    response: json<AddressBookChoices>(),
  }),
};

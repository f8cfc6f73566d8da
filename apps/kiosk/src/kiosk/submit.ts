import type { ApolloClient } from '@apollo/client';
import { SUBMIT_KIOSK_RESPONSE } from '../operations.js';
import type { Submit } from './outbox.js';

/** Sends one queued response with the tablet's current token; resolves once the server gave its receipt. */
export function submitWith(client: ApolloClient, deviceToken: () => string): Submit {
  return async (response) => {
    const result = await client.mutate({
      mutation: SUBMIT_KIOSK_RESPONSE,
      variables: { deviceToken: deviceToken(), campaignId: response.campaignId, clientId: response.clientId, answers: response.answers },
    });
    if (!result.data?.submitKioskResponse) throw new Error('Réponse du serveur sans accusé de réception');
  };
}

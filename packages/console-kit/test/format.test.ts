import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { errorMessage, isUnauthenticated } from '../src/errors.js';
import { formatDate, formatDateTime, formatDays, formatRate, formatShortDate } from '../src/format.js';
import { tenantTime } from '../src/tenant-time.js';

describe('French formatting', () => {
  it('shows rates given as fractions in percent, delays in working days, dates as the days they name', () => {
    expect(formatRate(0.786)).toBe('78,6\u00a0%');
    expect(formatRate(0.875)).toBe('87,5\u00a0%');
    expect(formatRate(1)).toBe('100,0\u00a0%');
    expect(formatRate(null)).toBe('—');
    expect(formatDays(4.5)).toBe('4,5 j');
    for (const timeZone of ['Europe/Paris', 'UTC', 'Pacific/Noumea', 'America/Cayenne']) {
      expect(formatDate('2015-11-18', timeZone)).toBe('18 novembre 2015');
      expect(formatShortDate('2015-11-18', timeZone)).toBe('18/11/2015');
    }
    expect(formatDate('2026-12-01', 'Europe/Paris')).toBe('1er décembre 2026');
    expect(formatDate('2026-12-11', 'Europe/Paris')).toBe('11 décembre 2026');
  });

  it('shows instants on the clocks of the tenant', () => {
    expect(formatDateTime('2015-11-18T13:00:00Z', 'Europe/Paris')).toBe('18 nov. 2015, 14:00');
    expect(formatDateTime('2015-11-18T13:00:00Z', 'Indian/Reunion')).toBe('18 nov. 2015, 17:00');
    // 23:30 UTC on 31 December is already New Year's Day in Paris, not yet in Guyane.
    expect(formatShortDate('2015-12-31T23:30:00Z', 'Europe/Paris')).toBe('01/01/2016');
    expect(formatShortDate('2015-12-31T23:30:00Z', 'America/Cayenne')).toBe('31/12/2015');
  });
});

describe('the tenant\'s time', () => {
  const at = (instant: string, timeZone = 'Europe/Paris') => tenantTime(timeZone, () => new Date(instant));

  it('gives today on the tenant\'s clocks', () => {
    expect(at('2015-12-31T23:30:00Z').today()).toBe('2016-01-01');
    expect(at('2015-12-31T23:30:00Z', 'UTC').today()).toBe('2015-12-31');
  });

  it('reads a typed date and time on the tenant\'s clocks, not the browser\'s', () => {
    // 10:00 typed for Metz is 09:00 UTC in winter, whichever time zone the browser is set to.
    expect(at('2026-12-01T08:00:00Z').instantOf('2026-12-01T10:00')).toBe('2026-12-01T09:00:00.000Z');
    expect(at('2026-12-01T08:00:00Z', 'Indian/Reunion').instantOf('2026-12-01T10:00')).toBe('2026-12-01T06:00:00.000Z');
    expect(at('2026-12-01T08:00:00Z').inputValue()).toBe('2026-12-01T09:00');
    expect(at('2026-12-01T08:00:00Z').inputValue(new Date('2026-07-01T08:00:00Z'))).toBe('2026-07-01T10:00');
  });

  it('gives no instant for a field that is not a complete date and time', () => {
    for (const value of ['', '2026-12-01', '2026-12-01T', '2026-02-30T10:00']) expect(at('2026-12-01T08:00:00Z').instantOf(value)).toBeNull();
  });
});

describe('error messages', () => {
  const graphQLError = (code: string, message: string) => new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });

  it('shows the API’s own French message for a refused input or action', () => {
    expect(errorMessage(graphQLError('BAD_USER_INPUT', 'Le recours gracieux ne peut être enregistré qu’après l’information préalable de l’élu.'))).toContain('information préalable');
    expect(errorMessage(graphQLError('FORBIDDEN', 'Les analystes consultent les courriers sans les modifier.'))).toBe('Les analystes consultent les courriers sans les modifier.');
  });

  it('turns other codes and transport failures into a French sentence', () => {
    expect(errorMessage(graphQLError('LIMIT_EXCEEDED', 'Query Cost limit of 5000 exceeded'))).toBe('La requête dépasse les limites autorisées.');
    expect(errorMessage(graphQLError('SERVICE_UNAVAILABLE', 'quality did not answer'))).toBe('Une partie de la plateforme ne répond pas : réessayez dans un instant.');
    expect(errorMessage(new TypeError('Failed to fetch'))).toContain('injoignable');
    expect(errorMessage(new TypeError('NetworkError when attempting to fetch resource.'))).toContain('injoignable');
    expect(errorMessage(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe('Le serveur n’a pas répondu à temps : réessayez dans un instant.');
    // A library's English words never reach the user: an unknown code gets a French sentence.
    expect(errorMessage(graphQLError('SOMETHING_ELSE', 'Cannot reach subgraph'))).toBe('Erreur interne du serveur : réessayez dans un instant.');
    expect(errorMessage(new Error('Unexpected token < in JSON'))).toBe('Erreur interne du serveur : réessayez dans un instant.');
    const unauthorized = new ServerError('401', { response: new Response('', { status: 401 }), bodyText: '' });
    expect(isUnauthenticated(unauthorized)).toBe(true);
    expect(isUnauthenticated(graphQLError('UNAUTHENTICATED', 'expired'))).toBe(true);
    expect(isUnauthenticated(graphQLError('FORBIDDEN', 'no'))).toBe(false);
  });

  it('tells a wrong password and a throttled address from an expired session', () => {
    const refused = (reason: string, code = 'UNAUTHENTICATED') => new CombinedGraphQLErrors({ errors: [{ message: 'Adresse électronique ou mot de passe incorrect.', extensions: { code, reason } }] });
    expect(errorMessage(refused('BAD_CREDENTIALS'))).toBe('Adresse électronique ou mot de passe incorrect.');
    expect(isUnauthenticated(refused('BAD_CREDENTIALS'))).toBe(false);
    expect(errorMessage(refused('EXPIRED'))).toContain('session a expiré');
    expect(isUnauthenticated(refused('EXPIRED'))).toBe(true);
    // Through the gateway the refusal comes with HTTP 401, the errors in the body.
    const body = JSON.stringify({ errors: [{ message: 'Adresse électronique ou mot de passe incorrect.', extensions: { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' } }] });
    const http = new ServerError('401', { response: new Response(body, { status: 401 }), bodyText: body });
    expect(errorMessage(http)).toBe('Adresse électronique ou mot de passe incorrect.');
    expect(isUnauthenticated(http)).toBe(false);
    const throttled = new CombinedGraphQLErrors({ errors: [{ message: 'Trop de tentatives de connexion pour cette adresse : réessayez dans 15 min.', extensions: { code: 'LIMIT_EXCEEDED', reason: 'TOO_MANY_ATTEMPTS' } }] });
    expect(errorMessage(throttled)).toContain('Trop de tentatives');
  });
});

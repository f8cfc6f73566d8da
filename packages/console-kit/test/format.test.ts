import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { errorMessage, isUnauthenticated } from '../src/errors.js';
import { formatDate, formatDays, formatRate, todayInParis } from '../src/format.js';

describe('French formatting', () => {
  it('shows rates given as fractions in percent, delays in working days, dates in Europe/Paris', () => {
    expect(formatRate(0.786)).toBe('78,6\u00a0%');
    expect(formatRate(0.875)).toBe('87,5\u00a0%');
    expect(formatRate(1)).toBe('100,0\u00a0%');
    expect(formatRate(null)).toBe('—');
    expect(formatDays(4.5)).toBe('4,5 j');
    expect(formatDate('2015-11-18')).toBe('18 novembre 2015');
    // 23:30 UTC on 31 December is already New Year's Day in Paris.
    expect(todayInParis(new Date('2015-12-31T23:30:00Z'))).toBe('2016-01-01');
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

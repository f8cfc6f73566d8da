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
    const unauthorized = new ServerError('401', { response: new Response('', { status: 401 }), bodyText: '' });
    expect(isUnauthenticated(unauthorized)).toBe(true);
    expect(isUnauthenticated(graphQLError('UNAUTHENTICATED', 'expired'))).toBe(true);
    expect(isUnauthenticated(graphQLError('FORBIDDEN', 'no'))).toBe(false);
  });
});

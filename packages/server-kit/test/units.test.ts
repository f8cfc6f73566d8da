import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
// The entry the Month scalar is built from (see src/month.ts), so that the schema below accepts it.
import { execute, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, parse, validate } from 'graphql/index.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { DomainError } from '../src/index.js';
import { Role, TokenError } from '@qualipref/auth';
import { CLIENT_ADDRESS_HEADER, clientAddressOf, createLogger, frenchDelay, LimitExceeded, rateLimitSetting, RequestContext, serviceUnavailable, type Database } from '../src/index.js';
import { assertNotAfterToday, badInput, changedFields, fieldLabel, formatError, frenchDate, frenchShortDate, inputRules, INVALID_MONTH, lastDayOf, MonthScalar, readHttpConfig, readServiceConfig, requestIdFrom } from '../src/index.js';

describe('formatError', () => {
  const unexpected: unknown[] = [];
  const format = (raw: unknown) => formatError({ message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, raw, (e) => unexpected.push(e));

  it('keeps a domain error’s code, message and field, without a stack trace', () => {
    expect(format(badInput('Sigle invalide.', 'code'))).toEqual({ message: 'Sigle invalide.', extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
  });

  it('answers UNAUTHENTICATED with the reason for a refused token', () => {
    expect(format(new TokenError('EXPIRED', 'expired')).extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'EXPIRED' });
  });

  it('translates a unique constraint into CONFLICT', () => {
    expect(format(new UniqueConstraintViolationException(new Error('duplicate key'))).extensions?.code).toBe('CONFLICT');
  });

  it('masks anything unexpected and reports it to the logs', () => {
    const result = format(new Error('connection string postgres://secret'));
    expect(result).toEqual({ message: 'Erreur interne du serveur.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(unexpected).toHaveLength(1);
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('keeps SERVICE_UNAVAILABLE and its French message', () => {
    expect(format(serviceUnavailable('Le service qualité ne répond pas : réessayez dans un instant.'))).toEqual({ message: 'Le service qualité ne répond pas : réessayez dans un instant.', extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('passes GraphQL’s own coded errors through', () => {
    const error = new GraphQLError('Variable "$x" got invalid value', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatError({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error, () => undefined).extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a service identity', () => {
  it('is refused any change by the request context, before any transaction opens', async () => {
    const identity = { userId: '0190a000-0000-7000-8000-000000000001', tenantId: '0190a000-0000-7000-8000-0000000000a1', directorateId: '0190a000-0000-7000-8000-0000000000d1', role: Role.ANALYST, readableTenantIds: ['0190a000-0000-7000-8000-0000000000a1'], email: '', name: 'Service quality', service: 'quality' };
    // No database at all: the refusal comes before the context asks it for anything.
    const ctx = new RequestContext({} as Database, identity, 'r1', createLogger('test', 'silent'), 'app', undefined);
    let ran = false;
    await expect(ctx.mutate(async () => (ran = true))).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_IDENTITY', message: 'Cette identité de service ne peut que lire.' });
    expect(ran).toBe(false);
  });
});

describe('changedFields', () => {
  it('lists every field of a created record, and only the changed ones of an update', () => {
    expect(changedFields(null, { a: 1, b: 'x' }, ['a', 'b'])).toEqual([
      { field: 'a', from: null, to: 1 },
      { field: 'b', from: null, to: 'x' },
    ]);
    const when = new Date('2026-01-02T03:04:05Z');
    expect(changedFields({ a: 1, b: 'x', c: when }, { a: 2, b: 'x', c: when }, ['a', 'b', 'c'])).toEqual([{ field: 'a', from: 1, to: 2 }]);
  });
});

describe('configuration', () => {
  it('requires DATABASE_URL for a subgraph and checks numbers', () => {
    expect(() => readServiceConfig(4001, {})).toThrow(/DATABASE_URL/);
    expect(() => readHttpConfig(4000, { PORT: 'abc' })).toThrow(/PORT/);
    const config = readServiceConfig(4001, { DATABASE_URL: 'postgresql://x/y', CORS_ORIGINS: 'http://a, http://b' });
    expect(config).toMatchObject({ port: 4001, databaseAppRole: 'qualipref_app', corsOrigins: ['http://a', 'http://b'] });
    expect(config.auth.jwksUrl).toBe('http://127.0.0.1:4001/.well-known/jwks.json');
  });

  it('discovers an external issuer’s keys unless told where they are', () => {
    expect(readHttpConfig(4000, { AUTH_ISSUER: 'https://idp.example' }).auth.jwksUrl).toBeUndefined();
  });
});

describe('request ids', () => {
  it('keeps a well-formed incoming id and replaces anything else', () => {
    expect(requestIdFrom('abc-123')).toBe('abc-123');
    expect(requestIdFrom('bad id\nwith newline')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('Month', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { echo: { type: MonthScalar, args: { month: { type: new GraphQLNonNull(MonthScalar) } }, resolve: (_, args: { month: string }) => `${args.month}-01` } },
    }),
  });
  const run = async (source: string, variableValues?: Record<string, unknown>) => {
    const document = parse(source);
    const invalid = validate(schema, document);
    const result = invalid.length ? { errors: invalid, data: undefined } : await execute({ schema, document, variableValues });
    return { data: result.data, errors: (result.errors ?? []).map((e) => formatError(e.toJSON(), e, () => undefined)) };
  };

  it('reads and writes YYYY-MM, a stored first day of the month served as its month', async () => {
    expect((await run('{ echo(month: "2015-01") }')).data).toEqual({ echo: '2015-01' });
    expect((await run('query($m: Month!) { echo(month: $m) }', { m: '2099-12' })).data).toEqual({ echo: '2099-12' });
    expect(MonthScalar.serialize(new Date('2015-03-01T00:00:00Z'))).toBe('2015-03');
  });

  it('refuses anything else, as a literal or a variable, with BAD_USER_INPUT and the reason INVALID_MONTH', async () => {
    for (const bad of ['2015-1', '2015-13', '2015-01-01', '1899-12', 'janvier']) {
      const literal = await run(`{ echo(month: "${bad}") }`);
      const variable = await run('query($m: Month!) { echo(month: $m) }', { m: bad });
      for (const { errors } of [literal, variable]) {
        expect(errors, bad).toHaveLength(1);
        expect(errors[0]!.extensions, bad).toEqual({ code: 'BAD_USER_INPUT', reason: INVALID_MONTH });
        expect(errors[0]!.message, bad).toBe(`Mois invalide (attendu AAAA-MM, par exemple 2015-01) : « ${bad} ».`);
      }
    }
    expect((await run('{ echo(month: 201501) }')).errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: INVALID_MONTH });
  });

  it('gives the last day of a month, leap years included', () => {
    expect([lastDayOf('2016-02'), lastDayOf('2015-02'), lastDayOf('2015-12')]).toEqual(['2016-02-29', '2015-02-28', '2015-12-31']);
  });
});

describe('input rules', () => {
  const rules = inputRules({ title: 'Intitulé', 'agenda.title': 'Point de l’ordre du jour', filedAt: 'Mémoire produit le' });

  it('names a field by its French label, never by its code name', () => {
    expect(() => rules.requiredText('  ', 'title')).toThrow('« Intitulé » est obligatoire.');
    expect(() => rules.requiredText('', 'agenda.2.title')).toThrow('« Point de l’ordre du jour » est obligatoire.');
    expect(() => rules.optionalText('x'.repeat(11), 'title', 10)).toThrow('« Intitulé » ne doit pas dépasser 10 caractères.');
    expect(() => rules.isoDate('2015-02-30', 'filedAt')).toThrow('« Mémoire produit le » : date invalide (attendu AAAA-MM-JJ) : « 2015-02-30 ».');
    // A field without a label is not named at all, rather than by its code name.
    expect(() => rules.requiredText('', 'text')).toThrow('Ce champ est obligatoire.');
    expect(rules.requiredText(' Réunion ', 'title')).toBe('Réunion');
    expect(rules.optionalIsoDate('', 'filedAt')).toBeNull();
  });

  it('finds a label by path, list indices left out, then by the last segment', () => {
    const labels = { title: 'Titre', 'sections.questions.text': 'Question' };
    expect(fieldLabel(labels, 'sections[0].questions[3].text')).toBe('Question');
    expect(fieldLabel(labels, 'sections[1].title')).toBe('Titre');
    expect(fieldLabel(labels, 'unknown')).toBeNull();
  });

  it('says a date as a person reads it', () => {
    expect(frenchDate('2015-10-14')).toBe('14 octobre 2015');
    expect(frenchDate('2016-01-01')).toBe('1er janvier 2016');
    expect(frenchShortDate('2016-03-31')).toBe('31/03/2016');
  });
});

describe('assertNotAfterToday', () => {
  it('refuses a date after today with its label and a stable reason', () => {
    expect(() => assertNotAfterToday('2015-05-16', '2015-05-16', 'receivedAt', 'Reçu en préfecture le')).not.toThrow();
    const error = (() => {
      try {
        assertNotAfterToday('2015-05-17', '2015-05-16', 'receivedAt', 'Reçu en préfecture le');
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedAt', reason: 'DATE_IN_FUTURE' });
    expect(error!.message).toBe('La date « Reçu en préfecture le » (17/05/2015) est postérieure à aujourd’hui (16/05/2015) : on n’enregistre que ce qui a eu lieu.');
  });
});

describe('rate limit settings and refusals', () => {
  it('reads N/S or off, and refuses anything else at start', () => {
    expect(rateLimitSetting(undefined, { burst: 10, seconds: 60 }, 'X')).toEqual({ burst: 10, seconds: 60 });
    expect(rateLimitSetting('5/300', null, 'X')).toEqual({ burst: 5, seconds: 300 });
    expect(rateLimitSetting('off', { burst: 10, seconds: 60 }, 'X')).toBeNull();
    for (const bad of ['10', '0/60', '10/0', 'dix/60', '-1/60']) expect(() => rateLimitSetting(bad, null, 'RATE_LIMIT_X')).toThrow(/RATE_LIMIT_X/);
  });

  it('answers LIMIT_EXCEEDED with its delay, in French', () => {
    const formatted = formatError({ message: 'x' }, new LimitExceeded(`Trop de réponses : réessayez dans ${frenchDelay(40)}.`, 40, 'TOO_MANY_SUBMISSIONS'), () => {});
    expect(formatted).toEqual({ message: 'Trop de réponses : réessayez dans 40 s.', extensions: { code: 'LIMIT_EXCEEDED', reason: 'TOO_MANY_SUBMISSIONS', retryAfterSeconds: 40 } });
    expect(frenchDelay(180)).toBe('3 min');
  });

  it('believes the forwarded client address from a platform peer or on a proven platform caller’s request only', () => {
    const request = (peer: string, forwarded?: string) => ({ socket: { remoteAddress: peer }, headers: forwarded ? { [CLIENT_ADDRESS_HEADER]: forwarded } : {} }) as unknown as IncomingMessage;
    // A gateway replica on the cluster's network, not listed among the peers.
    expect(clientAddressOf(request('10.42.0.7', '203.0.113.5'))).toBe('10.42.0.7');
    expect(clientAddressOf(request('10.42.0.7', '203.0.113.5'), undefined, true)).toBe('203.0.113.5');
    expect(clientAddressOf(request('10.42.0.7', '203.0.113.5'), new Set(['10.42.0.7']))).toBe('203.0.113.5');
    expect(clientAddressOf(request('127.0.0.1', '203.0.113.5'))).toBe('203.0.113.5');
    // A platform caller that forwards no client (a service's own client) is counted by its address.
    expect(clientAddressOf(request('10.42.0.9'), undefined, true)).toBe('10.42.0.9');
  });
});

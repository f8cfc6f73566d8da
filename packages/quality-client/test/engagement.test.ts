import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QualityClient, defaultQualityUrl } from '../src/index.js';

const KNOWN = '80163a19-8945-5bad-b7b7-21e4020ac38f';

/** A stand-in for the quality subgraph's endpoint: it knows one engagement and counts requests. */
let server: Server;
let url: string;
let requests = 0;
let lastAuthorization: string | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests += 1;
      lastAuthorization = req.headers.authorization;
      const { variables } = JSON.parse(body) as { variables: { id: string } };
      const engagement = variables.id === KNOWN ? { id: KNOWN, number: '4', text: 'Votre demande est traitée dans les délais annoncés', referential: { code: 'SERVICES_PUBLICS_PLUS_2023', name: 'Services Publics +', version: '2023' } } : null;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { engagement } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the quality client', () => {
  it('answers an engagement with the caller’s token, and null for an unknown one', async () => {
    const client = new QualityClient(url);
    expect((await client.engagement(KNOWN, 'Bearer t'))?.referential.code).toBe('SERVICES_PUBLICS_PLUS_2023');
    expect(lastAuthorization).toBe('Bearer t');
    expect(await client.engagement('00000000-0000-4000-8000-000000000000', 'Bearer t')).toBeNull();
  });

  it('asks nothing for an id that is not a UUID', async () => {
    const before = requests;
    expect(await new QualityClient(url).engagement('MARIANNE_2008', 'Bearer t')).toBeNull();
    expect(requests).toBe(before);
  });

  it('reaches the registry’s port by default', () => {
    expect(defaultQualityUrl()).toBe('http://127.0.0.1:4005/graphql');
  });

  it('answers SERVICE_UNAVAILABLE, for the caller to retry, when the quality subgraph does not answer', async () => {
    const closed = new QualityClient('http://127.0.0.1:9/graphql');
    await expect(closed.engagement(KNOWN, 'Bearer t')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/réessayez/) });
  });
});

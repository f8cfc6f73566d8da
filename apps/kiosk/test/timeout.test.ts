import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kioskClient } from '../src/client.js';
import { outcomeOf } from '../src/kiosk/outcome.js';
import type { QueuedResponse } from '../src/kiosk/queue.js';
import { submitWith } from '../src/kiosk/submit.js';

// A gateway that freezes on the first request it receives, then answers: each request's body is kept.
let server: Server;
let url: string;
const received: { clientId: string }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push((JSON.parse(body) as { variables: { clientId: string } }).variables);
      if (received.length === 1) return;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { submitKioskResponse: { __typename: 'ResponseReceipt', responseId: 'r1', duplicate: false } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('a kiosk request to a gateway that does not answer', () => {
  it('is abandoned at its timeout, kept for a retry, and sent again with the same client id', async () => {
    const submit = submitWith(kioskClient(url, 1), () => 'device-token');
    const response: QueuedResponse = { clientId: 'borne-retry-0001', campaignId: 'c1', answers: [], finishedAt: '2026-12-04T10:00:00Z' };
    const first = await submit(response).then(() => null, (error: unknown) => error);
    expect(first).not.toBeNull();
    expect(outcomeOf(first)).toBe('retry');
    await expect(submit(response)).resolves.toBeUndefined();
    expect(received.map((r) => r.clientId)).toEqual(['borne-retry-0001', 'borne-retry-0001']);
  });
});

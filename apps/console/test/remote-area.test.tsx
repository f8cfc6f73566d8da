import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { init } from '@module-federation/enhanced/runtime';
import type { ConsoleUser, RemoteEntry } from '@qualipref/console-kit';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteArea, RemoteBoundary } from '../src/RemoteArea.js';
import { registerConsoleRemotes } from '../src/remotes.js';

const user: ConsoleUser = {
  id: 'analyst',
  email: 'metz.analyst@demo.qualipref.test',
  displayName: 'Analyste',
  role: 'ANALYST',
  tenant: { id: 'metz', name: 'Préfecture de la Moselle', kind: 'PREFECTURE', timeZone: 'Europe/Paris' },
  directorate: { id: 'drmm', code: 'DRMM', name: 'DRMM' },
  readableTenantIds: ['metz'],
};

/** The remote's server, down for maintenance: it answers every request at once with 503. */
let server: Server;
let remote: RemoteEntry;

beforeAll(async () => {
  server = createServer((_, res) => res.writeHead(503, { 'access-control-allow-origin': '*' }).end('maintenance'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  remote = { name: 'mf_absent', entry: `http://127.0.0.1:${port}/mf-manifest.json`, directorates: ['DLP'], path: 'dlp', title: 'Libertés publiques' };
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function Broken(): never {
  throw new Error('bug in the remote');
}

describe('the area of a remote', () => {
  it('says clearly that a remote whose server cannot serve it is unavailable', async () => {
    // In the browser the build plugin creates the federation instance; here the test does.
    init({ name: 'console', remotes: [] });
    registerConsoleRemotes([remote]);
    render(
      <MemoryRouter initialEntries={['/modules/dlp']}>
        <RemoteArea remote={remote} basePath="/modules/dlp" user={user} tenantId="metz" timeZone="Europe/Paris" openDocument={async () => {}} publicUrl={(path) => path} />
      </MemoryRouter>,
    );
    expect(await screen.findByText('Le module « Libertés publiques » est momentanément indisponible')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('keeps an error thrown by a remote inside its area, and lets the user try again', async () => {
    let fail = true;
    function Flaky() {
      if (fail) return <Broken />;
      return <p>Module affiché</p>;
    }
    render(
      <>
        <p>Reste de la console</p>
        <RemoteBoundary remote={remote}>
          <Flaky />
        </RemoteBoundary>
      </>,
    );
    expect(screen.getByText('Le module « Libertés publiques » a rencontré une erreur')).toBeTruthy();
    expect(screen.getByText('Reste de la console')).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(screen.getByText('Module affiché')).toBeTruthy();
  });
});

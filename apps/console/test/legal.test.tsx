import { MockedProvider } from '@apollo/client/testing/react';
import { mockOperation } from '@qualipref/console-kit/testing';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConsoleFooter } from '../src/Footer.js';
import LegalPage from '../src/legal/LegalPage.js';
import { legalPageAt } from '../src/legal/paths.js';
import { TENANT_PUBLISHERS } from '../src/queries.js';

const publisher = (id: string, kind: 'PREFECTURE' | 'SOUS_PREFECTURE', name: string, director: string | null, postalAddress: string | null) => ({
  __typename: 'TenantPublisher' as const,
  id,
  kind,
  name,
  publisherName: name,
  publicationDirector: director,
  postalAddress,
});

const publishers = mockOperation(
  TENANT_PUBLISHERS,
  {},
  {
    data: {
      tenantPublishers: {
        __typename: 'TenantPublisherConnection',
        nodes: [
          publisher('metz', 'PREFECTURE', 'Préfecture de la Moselle', 'Le préfet de la Moselle', '9 place de la Préfecture\n57000 Metz'),
          publisher('forbach', 'SOUS_PREFECTURE', 'Sous-préfecture de Forbach', null, null),
        ],
      },
    },
  },
);

describe('the legal pages', () => {
  it('names every tenant’s publisher before sign-in, and says what is not recorded', async () => {
    render(
      <MockedProvider mocks={[publishers]}>
        <LegalPage page="legalNotice" />
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Mentions légales' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Préfecture de la Moselle' })).toBeTruthy();
    expect(screen.getByText('Directeur de la publication : Le préfet de la Moselle.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sous-préfecture de Forbach' })).toBeTruthy();
    expect(screen.getByText('Directeur de la publication : non renseigné.')).toBeTruthy();
    expect(screen.getByText('Adresse postale non renseignée.')).toBeTruthy();
    expect(screen.getByText('L’exploitant de cette instance de la plateforme n’a pas déclaré son hébergeur.')).toBeTruthy();
    expect(document.title).toBe('Mentions légales — Qualipref');
  });

  it('names only the viewed tenant’s publisher once signed in, and the declared host', async () => {
    render(
      <MockedProvider mocks={[publishers]}>
        <LegalPage page="legalNotice" tenantId="metz" hosting="Hébergeur déclaré, 1 rue de l’Exemple, 57000 Metz" />
      </MockedProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Préfecture de la Moselle' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sous-préfecture de Forbach' })).toBeNull();
    expect(screen.getByText('Hébergeur déclaré, 1 rue de l’Exemple, 57000 Metz')).toBeTruthy();
  });

  it('declares the console non conforme, with the measure’s method and the Défenseur des droits', async () => {
    render(
      <MockedProvider mocks={[publishers]}>
        <LegalPage page="accessibility" />
      </MockedProvider>,
    );
    expect(screen.getByText(/non conforme/)).toBeTruthy();
    expect(screen.getByText(/Ce contrôle n’est pas un audit RGAA/)).toBeTruthy();
    expect(screen.getByText(/Libre réponse 71120, 75342 Paris CEDEX 07/)).toBeTruthy();
    expect(await screen.findByText(/Préfecture de la Moselle, 9 place de la Préfecture, 57000 Metz/)).toBeTruthy();
  });

  it('finds the legal page of a path, trailing slash allowed, and none elsewhere', () => {
    expect(legalPageAt('/accessibilite')).toBe('accessibility');
    expect(legalPageAt('/mentions-legales/')).toBe('legalNotice');
    expect(legalPageAt('/donnees-personnelles')).toBe('personalData');
    expect(legalPageAt('/')).toBeNull();
    expect(legalPageAt('/modules/dctaj')).toBeNull();
  });

  it('puts « Accessibilité : non conforme », the legal links and the institutional links in the footer', () => {
    render(<ConsoleFooter linkTo={(path) => ({ href: path }) as never} />);
    const footer = screen.getByRole('contentinfo');
    expect(screen.getByRole('link', { name: 'Accessibilité : non conforme' }).getAttribute('href')).toBe('/accessibilite');
    expect(screen.getByRole('link', { name: 'Mentions légales' }).getAttribute('href')).toBe('/mentions-legales');
    expect(screen.getByRole('link', { name: 'Données personnelles' }).getAttribute('href')).toBe('/donnees-personnelles');
    const external = [...footer.querySelectorAll('a[href^="https://"]')].map((a) => new URL((a as HTMLAnchorElement).href).hostname);
    expect(external).toEqual(expect.arrayContaining(['legifrance.gouv.fr', 'info.gouv.fr', 'service-public.gouv.fr', 'data.gouv.fr']));
  });
});

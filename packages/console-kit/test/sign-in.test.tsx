import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SIGN_IN } from '../src/queries.js';
import { Session } from '../src/session.js';
import { SignInForm } from '../src/SignInForm.js';
import { mockOperation } from '../src/testing.js';

const variables = { email: 'metz.agent@demo.qualipref.test', password: 'qualipref-demo' };
const expiresAt = new Date(Date.now() + 900_000).toISOString();
const refreshExpiresAt = new Date(Date.now() + 43_200_000).toISOString();
const refresh = { refreshToken: 'r'.repeat(43), refreshExpiresAt };

async function fill() {
  await userEvent.type(screen.getByLabelText(/Adresse électronique professionnelle/), ` ${variables.email} `);
  await userEvent.type(screen.getByLabelText('Mot de passe'), variables.password);
  await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('sign-in page', () => {
  it('starts the session with the token the API gives', async () => {
    const session = new Session(window.sessionStorage);
    render(
      <MockedProvider mocks={[mockOperation(SIGN_IN, variables, { data: { signIn: { __typename: 'SignInPayload', token: 'jwt', expiresAt, ...refresh } } })]}>
        <SignInForm session={session} />
      </MockedProvider>,
    );
    await fill();
    await waitFor(() => expect(session.token).toBe('jwt'));
    // A reload of the tab keeps the session.
    expect(new Session(window.sessionStorage).token).toBe('jwt');
    session.end('signed-out');
    expect(new Session(window.sessionStorage).token).toBeNull();
  });

  it('says a wrong password is one, not an expired session, and starts nothing', async () => {
    const session = new Session(window.sessionStorage);
    const refused = new GraphQLError('Adresse électronique ou mot de passe incorrect.', { extensions: { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' } });
    render(
      <MockedProvider mocks={[mockOperation(SIGN_IN, variables, { errors: [refused] })]}>
        <SignInForm session={session} />
      </MockedProvider>,
    );
    await fill();
    expect(await screen.findByText('Connexion impossible')).toBeTruthy();
    expect(screen.getByText('Adresse électronique ou mot de passe incorrect.')).toBeTruthy();
    expect(screen.queryByText(/session a expiré/)).toBeNull();
    expect(session.token).toBeNull();
  });

  it('checks the fields itself, in French, beside each field, before asking the API', async () => {
    const session = new Session(window.sessionStorage);
    // No mock: a request to the API would fail the test with an unmatched operation.
    render(
      <MockedProvider mocks={[]}>
        <SignInForm session={session} />
      </MockedProvider>,
    );
    const email = screen.getByLabelText(/Adresse électronique professionnelle/);
    expect(email.closest('form')!.noValidate).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(screen.getByText('Indiquez votre adresse électronique professionnelle.')).toBeTruthy();
    expect(screen.getByText('Indiquez votre mot de passe.')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).toBe('Indiquez votre adresse électronique professionnelle.');
    expect(document.activeElement).toBe(email);

    await userEvent.type(email, 'metz.agent');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(screen.getByText(/Adresse électronique invalide/)).toBeTruthy();
    expect(screen.getByLabelText('Mot de passe').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Connexion impossible')).toBeNull();
  });

  it('gives the demo accounts’ format as the hint where they exist, the professional one elsewhere', () => {
    const session = new Session(window.sessionStorage);
    const { unmount } = render(
      <MockedProvider mocks={[]}>
        <SignInForm session={session} demoEmail="metz.agent@demo.qualipref.test" />
      </MockedProvider>,
    );
    expect(screen.getByText('Comptes de démonstration : site.rôle@demo.qualipref.test, par exemple metz.agent@demo.qualipref.test')).toBeTruthy();
    unmount();
    render(
      <MockedProvider mocks={[]}>
        <SignInForm session={session} />
      </MockedProvider>,
    );
    expect(screen.getByText('Format attendu : prenom.nom@interieur.gouv.fr')).toBeTruthy();
  });

  it('tells a user whose session expired why they are asked to sign in again', () => {
    const session = new Session(window.sessionStorage);
    session.start({ token: 'old', expiresAt, ...refresh });
    session.end('expired');
    render(
      <MockedProvider mocks={[]}>
        <SignInForm session={session} />
      </MockedProvider>,
    );
    expect(screen.getByText(/Votre session a expiré/)).toBeTruthy();
  });

  it('forgets a stored session that is over, and keeps one whose token can still be refreshed', () => {
    const past = new Date(Date.now() - 1000).toISOString();
    window.sessionStorage.setItem('qualipref.session', JSON.stringify({ token: 'stale', expiresAt: past, refreshToken: 'r'.repeat(43), refreshExpiresAt: past, id: 's1' }));
    expect(new Session(window.sessionStorage).snapshot()).toBeNull();
    window.sessionStorage.setItem('qualipref.session', JSON.stringify({ token: 'stale', expiresAt: past, ...refresh, id: 's2' }));
    const kept = new Session(window.sessionStorage);
    expect(kept.snapshot()?.id).toBe('s2');
    expect(kept.token).toBeNull();
  });
});

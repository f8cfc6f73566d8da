// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TokenForm } from '../src/kiosk/TokenForm.js';

afterEach(cleanup);

describe('the kiosk’s configuration', () => {
  it('tells the hall staff where the token comes from, in their words, not the API’s', async () => {
    // A link that answers nothing: the form must not ask the server for an empty token.
    const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
    const { container } = render(<TokenForm client={client} onValid={() => undefined} />);
    expect(screen.getByText(/page « Bornes du hall », bouton « Délivrer un jeton »/)).toBeTruthy();
    expect(container.textContent).not.toMatch(/issueKioskDevice|mutation/);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le jeton' }));
    expect(screen.getByText('Saisissez le jeton de la borne.')).toBeTruthy();
  });
});

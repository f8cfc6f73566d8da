// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenForm } from '../src/kiosk/TokenForm.js';

afterEach(cleanup);

/** The texts a field's aria-describedby points to, as a screen reader reads them after its label. */
const describedText = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

/** A client whose every request ends as `answer` says. */
const clientAnswering = (answer: (observer: { next(value: unknown): void; error(error: unknown): void; complete(): void }) => void) =>
  new ApolloClient({ link: new ApolloLink(() => new Observable((observer) => answer(observer))), cache: new InMemoryCache() });

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

  it('says an empty or refused token beside the field, marks it wrong and focuses it', async () => {
    const onValid = vi.fn();
    const client = clientAnswering((observer) => {
      observer.next({ errors: [{ message: 'Device unknown', extensions: { code: 'UNAUTHENTICATED', reason: 'DEVICE_UNKNOWN' } }] });
      observer.complete();
    });
    render(<TokenForm client={client} onValid={onValid} />);
    const token = screen.getByLabelText(/^Jeton de la borne/);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le jeton' }));
    expect(token.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(token)).toContain('Saisissez le jeton de la borne.');
    expect(document.activeElement).toBe(token);
    await userEvent.type(token, 'jeton-inconnu');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le jeton' }));
    await waitFor(() => expect(describedText(token)).toContain('Ce jeton n’est pas reconnu'));
    expect(token.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(token);
    expect(onValid).not.toHaveBeenCalled();
  });

  it('says an unreachable server above the form, where the focus goes, and leaves the field as it is', async () => {
    const client = clientAnswering((observer) => observer.error(new TypeError('Failed to fetch')));
    render(<TokenForm client={client} onValid={() => undefined} />);
    const token = screen.getByLabelText(/^Jeton de la borne/);
    await userEvent.type(token, 'jeton-de-la-borne');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le jeton' }));
    const said = await screen.findByText(/Le serveur est injoignable/);
    await waitFor(() => expect(document.activeElement?.contains(said)).toBe(true));
    expect(token.getAttribute('aria-invalid')).toBeNull();
  });
});

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from './errors.js';

export interface StoredSession {
  token: string;
  expiresAt: string;
}

export type EndReason = 'signed-out' | 'expired';

const KEY = 'qualipref.session';

/**
 * The token of the signed-in user. Kept in sessionStorage: it survives a reload of the tab but
 * not the closing of the browser, and it is never shared between tabs of different users.
 * Tokens last 15 minutes and there is no refresh token yet: an expired one ends the session.
 */
export class Session {
  private listeners = new Set<() => void>();
  private current: StoredSession | null;
  endReason: EndReason | null = null;

  constructor(private readonly storage: Storage = window.sessionStorage) {
    const raw = storage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as StoredSession) : null;
    this.current = parsed && Date.parse(parsed.expiresAt) > Date.now() ? parsed : null;
  }

  get token(): string | null {
    if (this.current && Date.parse(this.current.expiresAt) <= Date.now()) this.end('expired');
    return this.current?.token ?? null;
  }

  start(session: StoredSession): void {
    this.current = session;
    this.endReason = null;
    this.storage.setItem(KEY, JSON.stringify(session));
    this.emit();
  }

  end(reason: EndReason): void {
    if (!this.current) return;
    this.current = null;
    this.endReason = reason;
    this.storage.removeItem(KEY);
    this.emit();
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.current;

  private emit() {
    for (const listener of this.listeners) listener();
  }
}

/** The one Apollo Client of the console: the shell and every remote use it (shared singleton). */
export function createConsoleClient(gatewayUrl: string, session: Session): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const token = session.token;
    return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
  });
  const expiry = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) session.end('expired');
  });
  const client = new ApolloClient({
    link: ApolloLink.from([expiry, auth, new HttpLink({ uri: gatewayUrl })]),
    cache: new InMemoryCache(),
  });
  // Nothing of a user's data stays in the cache once their session is over.
  session.subscribe(() => {
    if (!session.snapshot()) void client.clearStore();
  });
  return client;
}

/**
 * Downloads a document of the gateway's /documents proxy with the user's token (a plain link
 * could not carry the Authorization header), then hands it to the browser as a file.
 */
export function documentOpener(gatewayUrl: string, session: Session): (path: string) => Promise<void> {
  return async (path: string) => {
    const url = new URL(path, gatewayUrl);
    const token = session.token;
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (response.status === 401) {
      session.end('expired');
      throw new Error('Votre session a expiré : reconnectez-vous.');
    }
    if (!response.ok) throw new Error(response.status === 404 ? 'Document introuvable.' : `Le document n’a pas pu être obtenu (erreur ${response.status}).`);
    const blob = await response.blob();
    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = decodeURIComponent(url.pathname.split('/').pop() ?? 'document');
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has started the download; the object URL is no longer needed after this turn.
    setTimeout(() => URL.revokeObjectURL(href), 0);
  };
}

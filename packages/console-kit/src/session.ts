import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { FrenchError, isUnauthenticated } from './errors.js';
import { saveFile } from './saveFile.js';

export interface StoredSession {
  token: string;
  expiresAt: string;
  /** Single-use: traded by refreshSession for a new token and a new refresh token. */
  refreshToken: string;
  /** End of the session, refreshes included. */
  refreshExpiresAt: string;
  /** Stable across refreshes, new at each sign-in: what the console keys the signed-in user on. */
  id: string;
}

export type EndReason = 'signed-out' | 'expired';

/** How the session talks to the gateway about itself. */
export interface SessionBackend {
  refresh(refreshToken: string): Promise<Omit<StoredSession, 'id'>>;
  signOut(refreshToken: string): Promise<void>;
}

const KEY = 'qualipref.session';
/** A token this close to its end is refreshed before use: a request never leaves with a dying token. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * The signed-in user's session. Kept in sessionStorage: it survives a reload of the tab but not
 * the closing of the browser, and it is never shared between tabs of different users. Tokens
 * last 15 minutes; before one expires, the refresh token buys the next, until the session's end
 * (a working day). One refresh at a time, whatever the number of requests waiting for it.
 */
export class Session {
  private listeners = new Set<() => void>();
  private current: StoredSession | null;
  private backend: SessionBackend | null = null;
  private refreshing: Promise<string | null> | null = null;
  endReason: EndReason | null = null;

  constructor(
    private readonly storage: Storage = window.sessionStorage,
    private readonly now: () => number = Date.now,
  ) {
    const raw = storage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<StoredSession>) : null;
    this.current = parsed?.refreshToken && parsed.id && Date.parse(parsed.refreshExpiresAt ?? '') > this.now() ? (parsed as StoredSession) : null;
    if (!this.current) storage.removeItem(KEY);
  }

  connect(backend: SessionBackend): void {
    this.backend = backend;
  }

  /** The current token if it is still valid (synchronous readers; requests use freshToken). */
  get token(): string | null {
    return this.current && Date.parse(this.current.expiresAt) > this.now() ? this.current.token : null;
  }

  /** A token valid for at least a minute, refreshed first if needed; null once the session is over. */
  async freshToken(): Promise<string | null> {
    const current = this.current;
    if (!current) return null;
    if (Date.parse(current.expiresAt) - this.now() > REFRESH_MARGIN_MS) return current.token;
    this.refreshing ??= this.refresh(current).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refresh(current: StoredSession): Promise<string | null> {
    if (!this.backend || Date.parse(current.refreshExpiresAt) <= this.now()) {
      this.end('expired');
      return null;
    }
    try {
      const next = await this.backend.refresh(current.refreshToken);
      this.save({ ...next, id: current.id });
      return next.token;
    } catch {
      // Refused (expired, reused, account closed) or unreachable with a dead token: sign in again.
      if (this.token) return this.token;
      this.end('expired');
      return null;
    }
  }

  start(session: Omit<StoredSession, 'id'>): void {
    this.endReason = null;
    this.save({ ...session, id: crypto.randomUUID() });
  }

  end(reason: EndReason): void {
    const ended = this.current;
    if (!ended) return;
    this.current = null;
    this.endReason = reason;
    this.storage.removeItem(KEY);
    // Signing out closes the session on the server too, so that its refresh token is worth nothing.
    if (reason === 'signed-out') void this.backend?.signOut(ended.refreshToken).catch(() => undefined);
    this.emit();
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.current;

  private save(session: StoredSession) {
    this.current = session;
    this.storage.setItem(KEY, JSON.stringify(session));
    this.emit();
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}

const REFRESH = `mutation ConsoleRefresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { token expiresAt refreshToken refreshExpiresAt } }`;
const SIGN_OUT = `mutation ConsoleSignOut($refreshToken: String!) { signOut(refreshToken: $refreshToken) }`;

/** The gateway's refreshSession and signOut, over plain HTTP: they must not wait for the client's own token. */
export function gatewaySessionBackend(gatewayUrl: string): SessionBackend {
  const call = async <T>(query: string, refreshToken: string): Promise<T> => {
    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { refreshToken } }) });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    return body.data;
  };
  return {
    refresh: async (refreshToken) => (await call<{ refreshSession: Omit<StoredSession, 'id'> }>(REFRESH, refreshToken)).refreshSession,
    signOut: async (refreshToken) => {
      await call(SIGN_OUT, refreshToken);
    },
  };
}

/** The one Apollo Client of the console: the shell and every remote use it (shared singleton). */
export function createConsoleClient(gatewayUrl: string, session: Session): ApolloClient {
  session.connect(gatewaySessionBackend(gatewayUrl));
  const auth = new SetContextLink(async (previous) => {
    const token = await session.freshToken();
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
    const token = await session.freshToken();
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (response.status === 401) {
      session.end('expired');
      throw new FrenchError('Votre session a expiré : reconnectez-vous.');
    }
    if (!response.ok) throw new FrenchError(response.status === 404 ? 'Document introuvable.' : `Le document n’a pas pu être obtenu (erreur ${response.status}).`);
    saveFile(await response.blob(), decodeURIComponent(url.pathname.split('/').pop() ?? 'document'));
  };
}

/** The address of a public document of the gateway (`/public/…`, read without sign-in): a plain link, no token. */
export function publicDocumentUrl(gatewayUrl: string): (path: string) => string {
  return (path: string) => new URL(path, gatewayUrl).href;
}

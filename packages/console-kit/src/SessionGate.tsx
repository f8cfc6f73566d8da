import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { ConsoleUser } from './contract.js';
import { errorMessage } from './errors.js';
import { ME } from './queries.js';
import type { Session } from './session.js';
import { SignInForm } from './SignInForm.js';

/** Loading state announced to screen readers. */
export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p role="status" aria-live="polite" className="fr-my-2w">
      {label}
    </p>
  );
}

function CurrentUser({ signedInHere, children }: { signedInHere: boolean; children: (user: ConsoleUser, signedInHere: boolean) => ReactNode }) {
  const { data, error, loading } = useQuery(ME, { fetchPolicy: 'network-only' });
  if (loading) return <Loading label="Ouverture de votre session…" />;
  if (error || !data) return <Alert severity="error" title="Session indisponible" description={errorMessage(error)} className="fr-m-4w" />;
  return <>{children(data.me as ConsoleUser, signedInHere)}</>;
}

/**
 * The sign-in page (or the host's own `signedOut` page, around it) while nobody is signed in;
 * then the user, as `me` gives it, and whether they signed in on this page (not a reload of a
 * signed-in tab): the form that had the focus is gone, the page that follows takes it.
 */
export function SessionGate({ session, signedOut, children }: { session: Session; signedOut?: ReactNode; children: (user: ConsoleUser, signedInHere: boolean) => ReactNode }) {
  const current = useSyncExternalStore(session.subscribe, session.snapshot);
  // Whether this page showed the sign-in form (a sign-in, not a reload of a signed-in tab).
  const signedInHere = useRef(!current);
  if (!current) {
    signedInHere.current = true;
    return signedOut ?? <SignInForm session={session} />;
  }
  // Keyed by sign-in: a new sign-in (maybe another user) reads `me` again, a refresh does not.
  return (
    <CurrentUser key={current.id} signedInHere={signedInHere.current}>
      {children}
    </CurrentUser>
  );
}

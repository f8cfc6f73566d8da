import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useSyncExternalStore, type ReactNode } from 'react';
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

function CurrentUser({ children }: { children: (user: ConsoleUser) => ReactNode }) {
  const { data, error, loading } = useQuery(ME, { fetchPolicy: 'network-only' });
  if (loading) return <Loading label="Ouverture de votre session…" />;
  if (error || !data) return <Alert severity="error" title="Session indisponible" description={errorMessage(error)} className="fr-m-4w" />;
  return <>{children(data.me as ConsoleUser)}</>;
}

/**
 * The sign-in page (or the host's own `signedOut` page, around it) while nobody is signed in;
 * then the user, as `me` gives it.
 */
export function SessionGate({ session, signedOut, children }: { session: Session; signedOut?: ReactNode; children: (user: ConsoleUser) => ReactNode }) {
  const current = useSyncExternalStore(session.subscribe, session.snapshot);
  if (!current) return signedOut ?? <SignInForm session={session} />;
  // Keyed by sign-in: a new sign-in (maybe another user) reads `me` again, a refresh does not.
  return <CurrentUser key={current.id}>{children}</CurrentUser>;
}

import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Loading, type RemoteEntry, type RemoteModuleProps } from '@qualipref/console-kit';
import { Component, Suspense, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { RemoteLoadError, forgetRemote, remoteComponent } from './remotes.js';

interface BoundaryProps {
  remote: RemoteEntry;
  children: ReactNode;
}

/**
 * Keeps a remote's failure inside its area: a remote that cannot be fetched or that throws
 * while rendering shows a message here, and the header, the navigation and the other modules
 * keep working.
 */
export class RemoteBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  // React itself reports the caught error in the browser's console (onCaughtError).
  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  private retry = () => {
    forgetRemote(this.props.remote.name);
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const unreachable = error instanceof RemoteLoadError;
    return (
      <div className="fr-my-4w" data-testid="remote-error">
        <Alert
          severity="error"
          title={unreachable ? `Le module « ${this.props.remote.title} » est momentanément indisponible` : `Le module « ${this.props.remote.title} » a rencontré une erreur`}
          description={
            unreachable
              ? 'Son serveur ne répond pas. Le reste de la console fonctionne : réessayez dans un instant ou prévenez l’administrateur de la plateforme.'
              : 'L’affichage de ce module a été interrompu. Le reste de la console fonctionne : réessayez, et si l’erreur persiste, prévenez l’administrateur de la plateforme.'
          }
        />
        <Button className="fr-mt-2w" priority="secondary" onClick={this.retry}>
          Réessayer
        </Button>
      </div>
    );
  }
}

export function RemoteArea({ remote, ...props }: Omit<RemoteModuleProps, 'location' | 'navigate'> & { remote: RemoteEntry }) {
  const Module = remoteComponent(remote.name);
  // The remote's router follows the shell's location and navigates through the shell's router.
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <RemoteBoundary remote={remote} key={remote.name}>
      <Suspense fallback={<Loading label={`Chargement du module « ${remote.title} »…`} />}>
        <Module {...props} location={location} navigate={(to, options) => void navigate(to, options)} />
      </Suspense>
    </RemoteBoundary>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormOutcome, Loading, Table, errorMessage, useForm, useTenantTime, whenEmpty } from '@qualipref/console-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { ISSUE_KIOSK_DEVICE, KIOSK_CAPABILITIES, KIOSK_DEVICES, REVOKE_KIOSK_DEVICE } from './operations.js';

/** S6: the hall tablets allowed to collect anonymous answers; administrators issue and revoke their tokens. */
export function KioskDevices({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const capabilities = useQuery(KIOSK_CAPABILITIES, { variables: { tenantId } });
  const administrator = capabilities.data?.tenant?.viewerCan.issueKioskTokens ?? false;
  const { data, error, loading } = useQuery(KIOSK_DEVICES, { skip: !administrator });
  const form = useForm({ name: '' });
  // The token, shown once, takes the focus when it comes; closed, the focus goes back to the field.
  const focus = useCallback((element: HTMLElement | null) => element?.focus(), []);
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  const [issue, issuing] = useMutation(ISSUE_KIOSK_DEVICE, { refetchQueries: [KIOSK_DEVICES] });
  const [revoke, revoking] = useMutation(REVOKE_KIOSK_DEVICE, { refetchQueries: [KIOSK_DEVICES] });

  if (capabilities.loading && !capabilities.data) return <Loading />;
  if (capabilities.error) return <Alert severity="error" title="Bornes indisponibles" description={errorMessage(capabilities.error)} />;
  if (!administrator) {
    return (
      <section aria-labelledby="bornes-titre">
        <h2 id="bornes-titre">Bornes du hall</h2>
        <p>Les jetons des bornes sont délivrés et révoqués par les administrateurs de la plateforme.</p>
      </section>
    );
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Spaces alone pass `required` but name no place.
    if (!form.check(event.currentTarget, { name: whenEmpty(form.fields.name, 'Renseignez « Nouvelle borne : où se trouve-t-elle ? ».') })) return;
    const result = await issue({ variables: { name: form.fields.name.trim() } }).catch(() => null);
    if (result?.data) {
      setIssued({ name: result.data.issueKioskDevice.device.name, token: result.data.issueKioskDevice.token });
      form.setFields({ name: '' });
    }
  };

  const devices = data?.kioskDevices?.nodes ?? [];
  return (
    <section aria-labelledby="bornes-titre">
      <h2 id="bornes-titre">Bornes du hall</h2>
      <p>
        Chaque tablette du hall reçoit un jeton : saisi une fois sur la page « borne » de l’enquête, il lui permet d’envoyer des réponses anonymes. Un jeton
        révoqué ne vaut plus rien ; les réponses en attente sur la tablette partiront avec le nouveau.
      </p>
      {issued && (
        // The token is shown once: only its hash is kept by the platform. A new token is a new alert, which takes the focus.
        <div key={issued.token} ref={focus} tabIndex={-1}>
          <Alert
            severity="success"
            title={`Jeton de « ${issued.name} »`}
            description={
              <>
                Saisissez-le maintenant sur la tablette ; il ne sera plus affiché : <code data-testid="kiosk-token">{issued.token}</code>
              </>
            }
            closable
            onClose={() => {
              setIssued(null);
              document.getElementById(form.checks.native('name').id)?.focus();
            }}
            className="fr-mb-3w"
          />
        </div>
      )}
      <form onSubmit={submit} noValidate className="fr-mb-4w">
        <FormOutcome error={issuing.error} failure="Jeton non délivré" />
        <Input label="Nouvelle borne : où se trouve-t-elle ?" hintText="Par exemple : hall d’accueil, près des guichets des titres" {...form.input('name', { required: true, maxLength: 200 })} />
        <Button type="submit" disabled={issuing.loading}>
          Délivrer un jeton
        </Button>
      </form>
      {loading && !data && <Loading />}
      {error && <Alert severity="error" title="Bornes indisponibles" description={errorMessage(error)} />}
      {revoking.error && <Alert severity="error" small description={errorMessage(revoking.error)} className="fr-mb-2w" />}
      {data &&
        (devices.length === 0 ? (
          <p>Aucune borne pour le moment.</p>
        ) : (
          <Table caption={`Bornes (${devices.length})`} headers={['Borne', 'Jeton délivré le', 'Dernière réponse', 'État']}>
            {devices.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{time.formatDateTime(d.issuedAt)}</td>
                <td>{d.lastSeenAt ? time.formatDateTime(d.lastSeenAt) : '—'}</td>
                <td>
                  {d.revokedAt ? (
                    `Révoqué le ${time.formatDateTime(d.revokedAt)}`
                  ) : (
                    <Button
                      priority="secondary"
                      size="small"
                      disabled={revoking.loading}
                      onClick={() => {
                        if (window.confirm(`Révoquer le jeton de « ${d.name} » ? La tablette ne pourra plus envoyer de réponses.`)) void revoke({ variables: { id: d.id } }).catch(() => null);
                      }}
                    >
                      Révoquer
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        ))}
    </section>
  );
}

import type { ApolloClient } from '@apollo/client';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import type { KioskSessionQuery } from '../generated/graphql.js';
import { KIOSK_SESSION } from '../operations.js';
import { refusalOf } from './outcome.js';

const REFUSALS: Record<string, string> = {
  DEVICE_UNKNOWN: 'Ce jeton n’est pas reconnu : vérifiez-le (il est affiché une seule fois, lors de sa délivrance) ou demandez-en un nouveau.',
  DEVICE_REVOKED: 'Ce jeton a été révoqué : demandez un nouveau jeton pour cette tablette.',
};

/** The administrator's form: the token is checked with the server before it is kept. */
export function TokenForm({ client, onValid }: { client: ApolloClient; onValid(token: string, session: KioskSessionQuery['kioskSession']): void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const token = value.trim();
    if (!token) {
      setError('Saisissez le jeton de la borne.');
      return;
    }
    setChecking(true);
    setError(null);
    try {
      const result = await client.query({ query: KIOSK_SESSION, variables: { deviceToken: token }, fetchPolicy: 'network-only' });
      onValid(token, result.data!.kioskSession);
    } catch (failure) {
      const refusal = refusalOf(failure);
      setError(REFUSALS[refusal ?? ''] ?? (refusal ? 'Le serveur a refusé ce jeton : demandez un nouveau jeton pour cette tablette.' : 'Le serveur est injoignable : vérifiez le réseau de la tablette puis réessayez.'));
    } finally {
      setChecking(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {error && <Alert className="fr-mb-3w" severity="error" small description={error} />}
      <Input
        label="Jeton de la borne"
        hintText="Un administrateur de la plateforme le délivre dans la console : module « Comité local des usagers », page « Bornes du hall », bouton « Délivrer un jeton ». Il s’affiche une seule fois."
        nativeInputProps={{ value, onChange: (event) => setValue(event.target.value), autoComplete: 'off', spellCheck: false, name: 'deviceToken' }}
      />
      <Button type="submit" size="large" className="kiosk-button" disabled={checking}>
        {checking ? 'Vérification…' : 'Enregistrer le jeton'}
      </Button>
    </form>
  );
}

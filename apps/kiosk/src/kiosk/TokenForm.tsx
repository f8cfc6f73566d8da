import type { ApolloClient } from '@apollo/client';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { KioskSessionQuery } from '../generated/graphql.js';
import { KIOSK_SESSION } from '../operations.js';
import { refusalOf } from './outcome.js';

const REFUSALS: Record<string, string> = {
  DEVICE_UNKNOWN: 'Ce jeton n’est pas reconnu : vérifiez-le (il est affiché une seule fois, lors de sa délivrance) ou demandez-en un nouveau.',
  DEVICE_REVOKED: 'Ce jeton a été révoqué : demandez un nouveau jeton pour cette tablette.',
};

/** What went wrong: the token typed (said beside the field), or the network (said above it). */
type Problem = { text: string; ofToken: boolean };

/** The administrator's form: the token is checked with the server before it is kept. */
export function TokenForm({ client, onValid }: { client: ApolloClient; onValid(token: string, session: KioskSessionQuery['kioskSession']): void }) {
  const id = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [checking, setChecking] = useState(false);
  const said = useRef<HTMLDivElement>(null);
  // Each problem takes the focus where it is said, so that it is heard (a new one each attempt).
  useEffect(() => {
    if (problem) (problem.ofToken ? document.getElementById(id) : said.current)?.focus();
  }, [problem, id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const token = value.trim();
    if (!token) {
      setProblem({ text: 'Saisissez le jeton de la borne.', ofToken: true });
      return;
    }
    setChecking(true);
    setProblem(null);
    try {
      const result = await client.query({ query: KIOSK_SESSION, variables: { deviceToken: token }, fetchPolicy: 'network-only' });
      onValid(token, result.data!.kioskSession);
    } catch (failure) {
      const refusal = refusalOf(failure);
      setProblem(
        refusal
          ? { text: REFUSALS[refusal] ?? 'Le serveur a refusé ce jeton : demandez un nouveau jeton pour cette tablette.', ofToken: true }
          : { text: 'Le serveur est injoignable : vérifiez le réseau de la tablette puis réessayez.', ofToken: false },
      );
    } finally {
      setChecking(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div ref={said} tabIndex={-1}>
        {problem && !problem.ofToken && <Alert className="fr-mb-3w" severity="error" small description={problem.text} />}
      </div>
      <Input
        label="Jeton de la borne"
        hintText="Un administrateur de la plateforme le délivre dans la console : module « Comité local des usagers », page « Bornes du hall », bouton « Délivrer un jeton ». Il s’affiche une seule fois."
        {...(problem?.ofToken ? { state: 'error' as const, stateRelatedMessage: problem.text } : {})}
        nativeInputProps={{ id, 'aria-invalid': problem?.ofToken || undefined, required: true, value, onChange: (event) => setValue(event.target.value), autoComplete: 'off', spellCheck: false, name: 'deviceToken' }}
      />
      <Button type="submit" size="large" className="kiosk-button" disabled={checking}>
        {checking ? 'Vérification…' : 'Enregistrer le jeton'}
      </Button>
    </form>
  );
}

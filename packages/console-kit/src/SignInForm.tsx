import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { errorMessage } from './errors.js';
import { SIGN_IN } from './queries.js';
import type { EndReason, Session } from './session.js';
import { usePageTitle } from './title.js';
import { useFieldChecks, whenEmpty, whenNotEmail } from './validation.js';

const NOTICES: Record<EndReason, string> = {
  expired: 'Votre session a expiré : reconnectez-vous pour continuer.',
  'signed-out': 'Vous êtes déconnecté.',
};

export interface SignInFormProps {
  session: Session;
  title?: string;
  /** An address of a demo account, shown as the expected format where the demo accounts exist (development). */
  demoEmail?: string;
}

/** The sign-in page: professional e-mail and password, checked here in French, with the API's answer in French. */
export function SignInForm({ session, title = 'Connexion à Qualipref', demoEmail }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading, error }] = useMutation(SIGN_IN);
  const checks = useFieldChecks<'email' | 'password'>();
  usePageTitle('Connexion');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const valid = checks.validate({
      email: whenEmpty(email, 'Indiquez votre adresse électronique professionnelle.') ?? whenNotEmail(email),
      password: whenEmpty(password, 'Indiquez votre mot de passe.'),
    });
    if (!valid) return;
    const { data } = await signIn({ variables: { email: email.trim(), password } }).catch(() => ({ data: undefined }));
    if (data) session.start({ token: data.signIn.token, expiresAt: data.signIn.expiresAt, refreshToken: data.signIn.refreshToken, refreshExpiresAt: data.signIn.refreshExpiresAt });
  };

  return (
    <main className="fr-container fr-py-6w" id="contenu" tabIndex={-1}>
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <h1>{title}</h1>
          {session.endReason && !error && <Alert severity="info" small description={NOTICES[session.endReason]} className="fr-mb-3w" />}
          {error && <Alert severity="error" title="Connexion impossible" description={errorMessage(error)} className="fr-mb-3w" />}
          <form onSubmit={submit} noValidate>
            <Input
              label="Adresse électronique professionnelle"
              hintText={demoEmail ? `Comptes de démonstration : site.rôle@${demoEmail.split('@')[1]}, par exemple ${demoEmail}` : 'Format attendu : prenom.nom@interieur.gouv.fr'}
              {...checks.state('email')}
              nativeInputProps={{ ...checks.native('email'), type: 'email', name: 'email', autoComplete: 'username', required: true, value: email, onChange: (e) => setEmail(e.target.value) }}
            />
            <Input
              label="Mot de passe"
              {...checks.state('password')}
              nativeInputProps={{ ...checks.native('password'), type: 'password', name: 'password', autoComplete: 'current-password', required: true, value: password, onChange: (e) => setPassword(e.target.value) }}
            />
            <Button type="submit" disabled={loading}>
              {loading ? 'Connexion…' : 'Se connecter'}
            </Button>
          </form>
        </div>
      </div>
    </main>
  );
}

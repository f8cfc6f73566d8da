import type { ApolloClient } from '@apollo/client';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { KioskConfig } from '../config.js';
import type { KioskSessionQuery, PublicSurveyFieldsFragment as PublicSurvey } from '../generated/graphql.js';
import { KIOSK_SESSION } from '../operations.js';
import { Page } from '../Page.js';
import { DEVICE_REASONS, refusalOf } from './outcome.js';
import { Outbox } from './outbox.js';
import { newClientId, ResponseQueue } from './queue.js';
import { submitWith } from './submit.js';
import { SurveyWalk } from './SurveyWalk.js';
import { TokenForm } from './TokenForm.js';

type Session = KioskSessionQuery['kioskSession'];

const TOKEN_KEY = 'qualipref.kiosk.deviceToken';
const SESSION_REFRESH_MS = 5 * 60_000;
// The last session read, so that a tablet reloaded while the network is down still shows its survey.
const SESSION_KEY = 'qualipref.kiosk.session';

const storedSession = (): Session | null => {
  const raw = localStorage.getItem(SESSION_KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
};

type Screen = { name: 'welcome' } | { name: 'survey'; survey: PublicSurvey } | { name: 'thanks' };

/**
 * The hall tablet: set up once by an administrator with the device token, then a loop of
 * anonymous respondents: welcome, one question per screen, thanks, and back to the welcome
 * screen. Finished responses go through the IndexedDB queue (see Outbox).
 */
export function KioskPage({ client, config }: { client: ApolloClient; config: KioskConfig }) {
  const [token, setToken] = useState(() => localStorage.getItem(TOKEN_KEY));
  // /borne?configurer: an administrator replaces the token of a working tablet.
  const [configuring, setConfiguring] = useState(() => new URLSearchParams(location.search).has('configurer'));
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const [session, setSession] = useState<Session | null>(storedSession);
  // 'network' while the server cannot be reached; DEVICE_REVOKED or DEVICE_UNKNOWN when it refused the token.
  const [loadError, setLoadError] = useState<string | null>(null);
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  const [storageError, setStorageError] = useState(false);
  const [screen, setScreen] = useState<Screen>({ name: 'welcome' });
  // Stable, so that the thanks screen's timer is not restarted by other updates of the page.
  const toWelcome = useCallback(() => setScreen({ name: 'welcome' }), []);

  useEffect(() => {
    let box: Outbox | null = null;
    ResponseQueue.open()
      .then((queue) => {
        box = new Outbox(queue, submitWith(client, () => tokenRef.current ?? ''));
        return box.start().then(() => setOutbox(box));
      })
      .catch(() => setStorageError(true));
    return () => box?.stop();
  }, [client]);

  const status = useSyncExternalStore(outbox?.subscribe ?? noSubscription, outbox?.snapshot ?? noStatus);

  const refresh = useCallback(async () => {
    if (!token) return;
    try {
      const result = await client.query({ query: KIOSK_SESSION, variables: { deviceToken: token }, fetchPolicy: 'network-only' });
      setSession(result.data!.kioskSession);
      localStorage.setItem(SESSION_KEY, JSON.stringify(result.data!.kioskSession));
      setLoadError(null);
    } catch (error) {
      const refusal = refusalOf(error);
      setLoadError(refusal && DEVICE_REASONS.has(refusal) ? refusal : 'network');
    }
  }, [client, token]);

  // Back online (the browser says so, or a queued response just reached the server): the session
  // is read again at once, so that « Borne hors ligne » does not outlive the outage.
  useEffect(() => {
    const online = () => void refresh();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [refresh]);
  useEffect(() => {
    if (status.reached && loadError === 'network') void refresh();
  }, [status.reached, loadError, refresh]);

  // The welcome screen reads the open campaigns on each return and every few minutes while it
  // waits, so that a campaign opening or closing during the day is followed without a reload.
  useEffect(() => {
    if (screen.name !== 'welcome') return;
    void refresh();
    const timer = setInterval(() => void refresh(), SESSION_REFRESH_MS);
    return () => clearInterval(timer);
  }, [screen.name, refresh]);

  const saveToken = (next: string, first: Session) => {
    localStorage.setItem(TOKEN_KEY, next);
    // Before the queue is sent again, with this token (the render that updates the ref comes later).
    tokenRef.current = next;
    localStorage.setItem(SESSION_KEY, JSON.stringify(first));
    setToken(next);
    setSession(first);
    setLoadError(null);
    outbox?.resume();
    if (configuring) {
      setConfiguring(false);
      history.replaceState(null, '', location.pathname);
    }
  };

  const finish = async (survey: PublicSurvey, answers: Parameters<Outbox['enqueue']>[0]['answers']) => {
    await outbox?.enqueue({ clientId: newClientId(), campaignId: survey.campaignId, answers, finishedAt: new Date().toISOString() });
    setScreen({ name: 'thanks' });
  };

  if (storageError) {
    return (
      <Page home="/borne">
        <h1>Borne indisponible</h1>
        <Alert severity="error" title="Stockage local impossible" description="Ce navigateur ne permet pas d’enregistrer les réponses sur la tablette (IndexedDB). Utilisez un navigateur à jour, hors navigation privée." />
      </Page>
    );
  }

  const refusal = status.deviceRefusal ?? (loadError && DEVICE_REASONS.has(loadError) ? loadError : null);
  if (!token || configuring || refusal) {
    return (
      <Page home="/borne" tagline="Configuration de la borne">
        <h1>Configuration de la borne</h1>
        {refusal ? (
          <Alert
            className="fr-mb-4w"
            severity="error"
            title={refusal === 'DEVICE_REVOKED' ? 'Cette borne n’est plus autorisée' : 'Le jeton de cette borne n’est pas reconnu'}
            description={`Prévenez l’administrateur de la plateforme : il délivre un nouveau jeton dans la console (« Bornes du hall ») et le saisit ici.${status.waiting === 1 ? ' Une réponse attend sur cette tablette : elle sera envoyée avec le nouveau jeton.' : status.waiting > 1 ? ` ${status.waiting} réponses attendent sur cette tablette : elles seront envoyées avec le nouveau jeton.` : ''}`}
          />
        ) : (
          <p>Cette tablette n’est pas encore prête pour l’enquête. Réservé à l’administrateur de la plateforme : saisissez le jeton délivré pour cette tablette ; il y reste enregistré. Si vous êtes agent d’accueil, prévenez-le.</p>
        )}
        <TokenForm client={client} onValid={saveToken} />
      </Page>
    );
  }

  // Nothing is collected before the queue is open: a finished response always has its place.
  if (!session || !outbox) {
    return (
      <Page home="/borne">
        <h1>Enquête de satisfaction</h1>
        {loadError === 'network' && !session ? (
          <Alert severity="warning" title="Borne hors ligne" description="Le questionnaire n’a pas encore pu être chargé. La borne réessaie dès que le réseau revient." />
        ) : (
          <p role="status">Chargement du questionnaire…</p>
        )}
        {loadError === 'network' && !session && <Button onClick={() => void refresh()}>Réessayer</Button>}
      </Page>
    );
  }

  return (
    <div className="kiosk">
      <Page home="/borne" tagline={session.deviceName} tenantName={session.tenant.name} stateBlock={session.tenant.stateBlock?.lines}>
        {screen.name === 'welcome' && <Welcome surveys={session.surveys} onStart={(survey) => setScreen({ name: 'survey', survey })} />}
        {screen.name === 'survey' && <SurveyWalk survey={screen.survey} idleSeconds={config.idleSeconds ?? 90} onFinish={(answers) => finish(screen.survey, answers)} onAbandon={toWelcome} />}
        {screen.name === 'thanks' && <Thanks seconds={config.thanksSeconds ?? 10} onDone={toWelcome} />}
        <p className="kiosk-status fr-text--sm" role="status">
          {status.waiting === 0
            ? 'Toutes les réponses sont envoyées.'
            : status.waiting === 1
              ? '1 réponse en attente d’envoi : elle partira dès que le réseau le permettra.'
              : `${status.waiting} réponses en attente d’envoi : elles partiront dès que le réseau le permettra.`}
          {loadError === 'network' ? ' Borne hors ligne.' : ''}
        </p>
      </Page>
    </div>
  );
}

const noSubscription = () => () => {};
const IDLE = { waiting: 0, deviceRefusal: null, reached: null };
const noStatus = () => IDLE;

function Welcome({ surveys, onStart }: { surveys: PublicSurvey[]; onStart(survey: PublicSurvey): void }) {
  if (surveys.length === 0) {
    return (
      <>
        <h1>Enquête de satisfaction</h1>
        <p className="fr-text--lead">Aucune enquête n’est ouverte aujourd’hui sur cette borne. Merci de votre visite.</p>
      </>
    );
  }
  return (
    <>
      <h1>Donnez-nous votre avis</h1>
      <p className="fr-text--lead">Quelques questions sur votre venue à la préfecture. C’est anonyme et cela prend moins de cinq minutes.</p>
      <ul className="kiosk-surveys">
        {surveys.map((survey) => (
          <li key={survey.campaignId}>
            <h2 className="fr-h3">{survey.title}</h2>
            {survey.introduction && <p className="kiosk-introduction">{survey.introduction}</p>}
            <Button size="large" className="kiosk-button" onClick={() => onStart(survey)} nativeButtonProps={{ 'aria-label': surveys.length > 1 ? `Commencer : ${survey.title}` : undefined }}>
              Commencer
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

function Thanks({ seconds, onDone }: { seconds: number; onDone(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const timer = setTimeout(onDone, seconds * 1000);
    return () => clearTimeout(timer);
  }, [seconds, onDone]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Merci pour votre participation !
      </h1>
      <p className="fr-text--lead">Vos réponses sont enregistrées. Elles nous aident à améliorer l’accueil.</p>
      <Button size="large" className="kiosk-button" onClick={onDone}>
        Revenir à l’accueil
      </Button>
    </>
  );
}

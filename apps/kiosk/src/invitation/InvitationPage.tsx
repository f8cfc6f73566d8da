import type { ApolloClient } from '@apollo/client';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { QuestionField, answersOf, problemOf, problemsOf, type Drafts } from '@qualipref/survey-screens';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { badInputMessage } from '../errors.js';
import type { SurveyInvitationQuery } from '../generated/graphql.js';
import { refusalOf } from '../kiosk/outcome.js';
import { SUBMIT_INVITATION_RESPONSE, SURVEY_INVITATION } from '../operations.js';
import { Page } from '../Page.js';

type Invitation = NonNullable<SurveyInvitationQuery['surveyInvitation']>;

/** Where the page stands; the end states are full pages with a message. */
type View =
  | { name: 'loading' }
  | { name: 'form'; invitation: Invitation }
  | { name: 'done' }
  | { name: 'answered' }
  | { name: 'closed' }
  | { name: 'scheduled'; opensOn: string }
  | { name: 'unknown' }
  | { name: 'unreachable' };

const MESSAGES: Record<Exclude<View['name'], 'loading' | 'form'>, { title: string; text: string; severity: 'success' | 'info' | 'warning' | 'error' }> = {
  done: { severity: 'success', title: 'Merci, vos réponses sont enregistrées', text: 'Elles seront analysées avec celles des autres élus et présentées au comité local des usagers.' },
  answered: { severity: 'info', title: 'Vous avez déjà répondu à cette enquête', text: 'Ce lien personnel ne sert qu’une fois et vos réponses sont déjà enregistrées. Merci de votre participation.' },
  closed: { severity: 'warning', title: 'Cette enquête est close', text: 'La période de réponse est terminée : il n’est plus possible de répondre.' },
  scheduled: { severity: 'info', title: 'Cette enquête n’est pas encore ouverte', text: 'Revenez à partir de la date d’ouverture indiquée dans le courriel d’invitation.' },
  unknown: { severity: 'error', title: 'Ce lien n’est pas valide', text: 'Il est incomplet, ou il a été remplacé par un lien plus récent envoyé lors d’une relance : utilisez le lien du dernier courriel reçu.' },
  unreachable: { severity: 'error', title: 'Le service est momentanément injoignable', text: 'Vérifiez votre connexion puis rechargez la page.' },
};

const viewOf = (invitation: Invitation): View =>
  invitation.answered ? { name: 'answered' } : invitation.state === 'OPEN' ? { name: 'form', invitation } : invitation.state === 'SCHEDULED' ? { name: 'scheduled', opensOn: invitation.survey.opensOn } : { name: 'closed' };

/** The personal single-use link of an élu, opened from the invitation e-mail. */
export function InvitationPage({ client, token }: { client: ApolloClient; token: string }) {
  const [view, setView] = useState<View>({ name: 'loading' });

  useEffect(() => {
    client
      .query({ query: SURVEY_INVITATION, variables: { token }, fetchPolicy: 'network-only' })
      .then((result) => setView(result.data?.surveyInvitation ? viewOf(result.data.surveyInvitation) : { name: 'unreachable' }))
      .catch((error: unknown) => setView(refusalOf(error) === 'LINK_UNKNOWN' || refusalOf(error) === 'NOT_FOUND' ? { name: 'unknown' } : { name: 'unreachable' }));
  }, [client, token]);

  // A new state of the page (form, thanks, already answered…) is read from its start.
  useEffect(() => {
    if (view.name !== 'loading') document.getElementById('contenu')?.focus();
  }, [view.name]);

  if (view.name === 'loading') {
    return (
      <Page home={location.pathname}>
        <h1>Enquête de satisfaction</h1>
        <p role="status">Chargement du questionnaire…</p>
      </Page>
    );
  }
  if (view.name === 'form') {
    return (
      <Page home={location.pathname} tenantName={view.invitation.survey.tenant.name} stateBlock={view.invitation.survey.tenant.stateBlock?.lines}>
        <InvitationForm client={client} token={token} invitation={view.invitation} onEnd={setView} />
      </Page>
    );
  }
  const message = MESSAGES[view.name];
  // The opening date is known: say it rather than send the élu back to the e-mail.
  const text = view.name === 'scheduled' ? `Elle ouvre le ${new Date(`${view.opensOn}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })} : revenez à partir de cette date avec ce même lien.` : message.text;
  return (
    <Page home={location.pathname}>
      <h1>Enquête de satisfaction</h1>
      <Alert severity={message.severity} title={message.title} description={text} />
    </Page>
  );
}

/**
 * The first question to correct takes the focus, its message read with it: a field by its id, a
 * group of choices by its first choice (QuestionField's ids and names, with its default prefix).
 */
function focusQuestion(key: string) {
  const field = document.getElementById(`question-${key}`) ?? document.getElementsByName(`question-${key}`)[0];
  field?.focus();
}

function InvitationForm({ client, token, invitation, onEnd }: { client: ApolloClient; token: string; invitation: Invitation; onEnd(view: View): void }) {
  const survey = invitation.survey;
  const [drafts, setDrafts] = useState<Drafts>({});
  const [checked, setChecked] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const problems = problemsOf(survey, drafts);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setFailure(null);
    if (problems.length > 0) {
      focusQuestion(problems[0]!.question.key);
      return;
    }
    setSending(true);
    try {
      await client.mutate({ mutation: SUBMIT_INVITATION_RESPONSE, variables: { token, answers: answersOf(survey, drafts) } });
      onEnd({ name: 'done' });
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal === 'LINK_ALREADY_USED') onEnd({ name: 'answered' });
      else if (refusal === 'CAMPAIGN_CLOSED') onEnd({ name: 'closed' });
      else if (refusal === 'LINK_UNKNOWN') onEnd({ name: 'unknown' });
      else {
        setFailure(badInputMessage(error) ?? 'L’envoi n’a pas abouti : vérifiez votre connexion puis réessayez. Vos réponses restent dans le formulaire.');
        summary.current?.focus();
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <h1>{survey.title}</h1>
      {survey.introduction && <p className="fr-text--lead kiosk-introduction">{survey.introduction}</p>}
      <p className="fr-text--sm">Réponses attendues jusqu’au {new Date(`${survey.closesOn}T12:00:00`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })}. Les questions sans mention « facultatif » sont obligatoires.</p>
      <div ref={summary} tabIndex={-1}>
        {checked && problems.length > 0 && (
          <Alert className="fr-mb-3w" severity="error" title="Le questionnaire n’est pas complet" description={`${problems.length === 1 ? 'Une question demande' : `${problems.length} questions demandent`} votre attention : ${problems.map((p) => `« ${p.question.text} »`).join(', ')}.`} />
        )}
        {failure && <Alert className="fr-mb-3w" severity="error" title="Envoi impossible" description={failure} />}
      </div>
      {survey.sections.map((section) => (
        <section key={section.title} className="fr-mb-4w">
          <h2 className="fr-h4">{section.title}</h2>
          {section.questions.map((question) => (
            <QuestionField
              key={question.key}
              className="kiosk-question"
              question={question}
              draft={drafts[question.key]}
              problem={checked ? problemOf(question, drafts[question.key]) : null}
              onChange={(draft) => setDrafts({ ...drafts, [question.key]: draft })}
            />
          ))}
        </section>
      ))}
      <Button type="submit" size="large" disabled={sending}>
        {sending ? 'Envoi…' : 'Envoyer mes réponses'}
      </Button>
    </form>
  );
}

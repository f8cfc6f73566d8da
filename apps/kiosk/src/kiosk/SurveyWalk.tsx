import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { useEffect, useRef, useState } from 'react';
import { QuestionField, answersOf, problemOf, questionsOf, type Drafts } from '@qualipref/survey-screens';
import type { AnswerInput, PublicSurveyFieldsFragment as PublicSurvey } from '../generated/graphql.js';

/** Seconds of warning, with a countdown, before an idle survey is abandoned (RGAA 13.1: whoever is still there asks for more time). */
export const WARNING_SECONDS = 20;

export interface SurveyWalkProps {
  survey: PublicSurvey;
  /** Seconds without a touch or a key before the survey is abandoned for the next person. */
  idleSeconds: number;
  onFinish(answers: AnswerInput[]): Promise<void>;
  onAbandon(): void;
}

/** One question per screen, with the progress, « Précédent », « Suivant » and « Terminer ». */
export function SurveyWalk({ survey, idleSeconds, onFinish, onAbandon }: SurveyWalkProps) {
  const steps = questionsOf(survey);
  const [index, setIndex] = useState(0);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [shown, setShown] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  // Seconds left before the answers are discarded, while the warning shows; null otherwise.
  const [remaining, setRemaining] = useState<number | null>(null);
  const area = useRef<HTMLDivElement>(null);
  const stay = useRef<HTMLButtonElement>(null);

  // Someone who walks away leaves nothing behind for the next person: the unfinished answers are
  // discarded (never sent) after idleSeconds without any touch, key or input, the last
  // WARNING_SECONDS of them counted down on screen with a button to go on.
  useEffect(() => {
    const warning = Math.min(WARNING_SECONDS, idleSeconds);
    let warnTimer: ReturnType<typeof setTimeout>;
    let abandonTimer: ReturnType<typeof setTimeout>;
    let tick: ReturnType<typeof setInterval>;
    const arm = () => {
      clearTimeout(warnTimer);
      clearTimeout(abandonTimer);
      clearInterval(tick);
      setRemaining(null);
      warnTimer = setTimeout(() => {
        let left = warning;
        setRemaining(left);
        tick = setInterval(() => setRemaining(Math.max(0, (left -= 1))), 1000);
      }, (idleSeconds - warning) * 1000);
      abandonTimer = setTimeout(onAbandon, idleSeconds * 1000);
    };
    arm();
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const name of events) document.addEventListener(name, arm, true);
    return () => {
      clearTimeout(warnTimer);
      clearTimeout(abandonTimer);
      clearInterval(tick);
      for (const name of events) document.removeEventListener(name, arm, true);
    };
  }, [idleSeconds, onAbandon]);

  const warned = remaining !== null;
  const wasWarned = useRef(false);
  // The warning takes the focus, so that a key or a touch on its button answers it; once answered
  // (any touch or key hides it, the button with it) the focus goes back to the question.
  useEffect(() => {
    if (warned) stay.current?.focus();
    else if (wasWarned.current) area.current?.focus();
    wasWarned.current = warned;
  }, [warned]);

  // A new screen is announced by screen readers from its question.
  useEffect(() => {
    area.current?.focus();
  }, [index]);

  const step = steps[index]!;
  const last = index === steps.length - 1;
  const problem = problemOf(step.question, drafts[step.question.key]);

  const next = async () => {
    if (problem) {
      setShown(problem);
      return;
    }
    setShown(null);
    if (!last) {
      setIndex(index + 1);
      return;
    }
    setFinishing(true);
    setUnsaved(false);
    try {
      await onFinish(answersOf(survey, drafts));
    } catch {
      setUnsaved(true);
      setFinishing(false);
    }
  };

  return (
    <div className="kiosk-walk">
      <h1 className="fr-h6 fr-mb-2w">{survey.title}</h1>
      <Stepper currentStep={index + 1} stepCount={steps.length} title={step.section} progressText={({ currentStep, stepCount }) => `Question ${currentStep} sur ${stepCount}`} />
      <div ref={area} tabIndex={-1} className="kiosk-step" aria-label={`Question ${index + 1} sur ${steps.length}`}>
        <QuestionField
          key={step.question.key}
          className="kiosk-question"
          question={step.question}
          draft={drafts[step.question.key]}
          problem={shown}
          onChange={(draft) => {
            setShown(null);
            setDrafts({ ...drafts, [step.question.key]: draft });
          }}
        />
      </div>
      {unsaved && <Alert className="fr-mt-2w" severity="error" small description="Vos réponses n’ont pas pu être enregistrées sur la tablette. Touchez « Terminer » pour réessayer." />}
      <div className="kiosk-actions">
        <Button size="large" priority="secondary" className="kiosk-button" disabled={index === 0} onClick={() => {
            setShown(null);
            setIndex(index - 1);
          }}>
          Précédent
        </Button>
        <Button size="large" className="kiosk-button" disabled={finishing} onClick={() => void next()}>
          {last ? 'Terminer' : 'Suivant'}
        </Button>
      </div>
      <Button priority="tertiary no outline" className="kiosk-abandon" onClick={onAbandon}>
        Abandonner et revenir à l’accueil
      </Button>
      {warned && (
        <div className="kiosk-idle" role="alertdialog" aria-modal="false" aria-labelledby="kiosk-idle-titre" aria-describedby="kiosk-idle-texte">
          <h2 id="kiosk-idle-titre" className="fr-h3">
            Vous êtes toujours là ?
          </h2>
          <p id="kiosk-idle-texte">
            Sans action de votre part, vos réponses seront effacées dans {remaining} {remaining === 1 ? 'seconde' : 'secondes'} et le questionnaire reviendra à l’accueil pour la personne suivante.
          </p>
          {/* Touching or pressing it is an activity: the delay starts again and the warning goes (the document's listeners). */}
          <Button ref={stay} size="large" className="kiosk-button" onClick={() => setRemaining(null)}>
            Continuer le questionnaire
          </Button>
        </div>
      )}
    </div>
  );
}

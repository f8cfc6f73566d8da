import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, errorMessage, useTenantTime } from '@qualipref/console-kit';
import { QuestionField, answersOf, problemOf, problemsOf, type Drafts, type SurveyQuestion } from '@qualipref/survey-screens';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ENTER_PAPER_RESPONSE } from './operations.js';

export interface PaperCampaign {
  id: string;
  opensOn: string;
  closesOn: string;
  questionnaire: { sections: readonly { id: string; title: string; questions: readonly SurveyQuestion[] }[] };
}

/** The day a form is most likely keyed for: today while the campaign runs, else its last day. */
function defaultDay(campaign: PaperCampaign, today: string): string {
  return today > campaign.closesOn ? campaign.closesOn : today;
}

/** S1, S6: an agent keys in a paper form filled in the hall; its number keeps it from being counted twice. */
export function PaperResponseForm({ campaign, onClose }: { campaign: PaperCampaign; onClose(): void }) {
  const prefix = useId();
  const time = useTenantTime();
  const [filledOn, setFilledOn] = useState(() => defaultDay(campaign, time.today()));
  const [formNumber, setFormNumber] = useState('');
  const [drafts, setDrafts] = useState<Drafts>({});
  const [checked, setChecked] = useState(false);
  const [receipt, setReceipt] = useState<{ duplicate: boolean; formNumber: string } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [enter, { loading, error }] = useMutation(ENTER_PAPER_RESPONSE, { refetchQueries: ['DrmmSurveyCampaign', 'DrmmCampaignResults', 'DrmmCampaignComments'] });
  const problems = problemsOf(campaign.questionnaire, drafts);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problems.length > 0) {
      summary.current?.focus();
      return;
    }
    const clientId = formNumber.trim() || null;
    const answers = answersOf(campaign.questionnaire, drafts);
    const result = await enter({ variables: { campaignId: campaign.id, filledOn, answers, clientId } }).catch(() => null);
    if (result?.data) {
      setReceipt({ duplicate: result.data.enterPaperResponse.duplicate, formNumber: clientId ?? '' });
      setDrafts({});
      setChecked(false);
      setFormNumber('');
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${prefix}-titre`} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <h3 id={`${prefix}-titre`} className="fr-h5">
        Saisir un formulaire papier
      </h3>
      <div ref={summary} tabIndex={-1}>
        {checked && problems.length > 0 && (
          <Alert
            severity="error"
            small
            description={`${problems.length === 1 ? 'Une question demande' : `${problems.length} questions demandent`} votre attention : ${problems.map((p) => `« ${p.question.text} »`).join(', ')}.`}
            className="fr-mb-2w"
          />
        )}
      </div>
      {receipt && (
        <Alert
          severity={receipt.duplicate ? 'warning' : 'success'}
          small
          description={receipt.duplicate ? `Le formulaire n° ${receipt.formNumber} avait déjà été saisi : rien n’a été ajouté.` : 'Formulaire enregistré. Vous pouvez saisir le suivant.'}
          className="fr-mb-2w"
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-4" label="Rempli le" nativeInputProps={{ type: 'date', required: true, min: campaign.opensOn, max: campaign.closesOn, value: filledOn, onChange: (e) => setFilledOn(e.target.value) }} />
        <Input
          className="fr-col-12 fr-col-md-8"
          label="Numéro écrit sur le formulaire (facultatif)"
          hintText="8 à 100 lettres, chiffres, tirets : un formulaire saisi deux fois sous ce numéro n’est compté qu’une fois"
          nativeInputProps={{ maxLength: 100, value: formNumber, onChange: (e) => setFormNumber(e.target.value) }}
        />
      </div>
      {campaign.questionnaire.sections.map((s) => (
        <fieldset key={s.id} className="fr-fieldset">
          <legend className="fr-fieldset__legend">{s.title}</legend>
          <div className="fr-fieldset__element">
            {s.questions.map((q) => (
              <QuestionField
                key={q.key}
                question={q}
                idPrefix={prefix}
                transcribing
                draft={drafts[q.key]}
                problem={checked ? problemOf(q, drafts[q.key]) : null}
                onChange={(draft) => setDrafts((d) => ({ ...d, [q.key]: draft }))}
              />
            ))}
          </div>
        </fieldset>
      ))}
      {error && <Alert severity="error" title="Formulaire non enregistré" description={errorMessage(error)} className="fr-mb-2w" />}
      <FormActions submit="Enregistrer le formulaire" busy={loading} onCancel={onClose} cancel="Fermer" />
    </form>
  );
}

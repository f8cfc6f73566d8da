import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, FormOutcome, useForm, useTenantTime } from '@qualipref/console-kit';
import { QuestionField, answersOf, problemOf, problemsOf, type Drafts, type SurveyQuestion } from '@qualipref/survey-screens';
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
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

/** The form numbers the API takes (as the kiosk's response ids). */
const FORM_NUMBER = /^[A-Za-z0-9_-]{8,100}$/;

/** S1, S6: an agent keys in a paper form filled in the hall; its number keeps it from being counted twice. */
export function PaperResponseForm({ campaign, onClose }: { campaign: PaperCampaign; onClose(): void }) {
  const prefix = useId();
  const time = useTenantTime();
  const form = useForm(() => ({ filledOn: defaultDay(campaign, time.today()), formNumber: '' }));
  const { filledOn, formNumber } = form.fields;
  const [drafts, setDrafts] = useState<Drafts>({});
  const [checked, setChecked] = useState(false);
  // `count` makes each receipt a new alert, which takes the focus: the form stays for the next one.
  const [receipt, setReceipt] = useState<{ duplicate: boolean; formNumber: string; count: number } | null>(null);
  const focus = useCallback((element: HTMLElement | null) => element?.focus(), []);
  const summary = useRef<HTMLDivElement>(null);
  const [enter, { loading, error }] = useMutation(ENTER_PAPER_RESPONSE, { refetchQueries: ['DrmmSurveyCampaign', 'DrmmCampaignResults', 'DrmmCampaignComments'] });
  const problems = problemsOf(campaign.questionnaire, drafts);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    // The API refuses a day outside the campaign, which the day's min and max say in browsers that check them.
    const outside = filledOn && (filledOn < campaign.opensOn || filledOn > campaign.closesOn);
    const rules = {
      filledOn: outside ? `« Rempli le » : le formulaire a été rempli pendant l’enquête, du ${time.formatDate(campaign.opensOn)} au ${time.formatDate(campaign.closesOn)}.` : null,
      formNumber: formNumber.trim() && !FORM_NUMBER.test(formNumber.trim()) ? '« Numéro écrit sur le formulaire (facultatif) » : 8 à 100 lettres sans accent, chiffres, tirets ou soulignés, sans espace.' : null,
    };
    // The day and the number come first in the form, then the questions and their summary.
    if (!form.check(event.currentTarget, rules)) return;
    if (problems.length > 0) {
      summary.current?.focus();
      return;
    }
    const clientId = formNumber.trim() || null;
    const answers = answersOf(campaign.questionnaire, drafts);
    const result = await enter({ variables: { campaignId: campaign.id, filledOn, answers, clientId } }).catch(() => null);
    if (result?.data) {
      const { duplicate } = result.data.enterPaperResponse;
      setReceipt((last) => ({ duplicate, formNumber: clientId ?? '', count: (last?.count ?? 0) + 1 }));
      setDrafts({});
      setChecked(false);
      form.setFields((f) => ({ ...f, formNumber: '' }));
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-titre`} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
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
      <FormOutcome error={error} failure="Formulaire non enregistré" />
      {receipt && (
        <div key={receipt.count} ref={focus} tabIndex={-1}>
          <Alert
            severity={receipt.duplicate ? 'warning' : 'success'}
            small
            description={receipt.duplicate ? `Le formulaire n° ${receipt.formNumber} avait déjà été saisi : rien n’a été ajouté.` : 'Formulaire enregistré. Vous pouvez saisir le suivant.'}
            className="fr-mb-2w"
          />
        </div>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-4" label="Rempli le" {...form.input('filledOn', { type: 'date', required: true, min: campaign.opensOn, max: campaign.closesOn })} />
        <Input
          className="fr-col-12 fr-col-md-8"
          label="Numéro écrit sur le formulaire (facultatif)"
          hintText="8 à 100 lettres, chiffres, tirets : un formulaire saisi deux fois sous ce numéro n’est compté qu’une fois"
          {...form.input('formNumber', { maxLength: 100 })}
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
      <FormActions submit="Enregistrer le formulaire" busy={loading} onCancel={onClose} cancel="Fermer" />
    </form>
  );
}

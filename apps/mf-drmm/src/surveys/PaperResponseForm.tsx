import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { FormActions, errorMessage, todayInParis } from '@qualipref/console-kit';
import { useId, useState, type FormEvent } from 'react';
import type { AnswerInput, QuestionKind } from '../generated/graphql';
import { SATISFACTION_LEVELS } from './labels.js';
import { ENTER_PAPER_RESPONSE } from './operations.js';

interface PaperQuestion {
  key: string;
  text: string;
  kind: QuestionKind;
  required: boolean;
  options: { key: string; label: string }[];
  minValue?: number | null;
  maxValue?: number | null;
}

export interface PaperCampaign {
  id: string;
  opensOn: string;
  closesOn: string;
  questionnaire: { sections: { id: string; title: string; questions: PaperQuestion[] }[] };
}

/** What the agent ticked or wrote for one question; absent when left blank on the form. */
type Given = string | string[];

function answerOf(question: PaperQuestion, given: Given | undefined): AnswerInput | null {
  if (given === undefined || given.length === 0) return null;
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
      return { questionKey: question.key, options: given as string[] };
    case 'NUMBER':
      return { questionKey: question.key, number: Number(given) };
    case 'FREE_TEXT':
      return (given as string).trim() ? { questionKey: question.key, text: (given as string).trim() } : null;
    default:
      return { questionKey: question.key, option: given as string };
  }
}

/** The day a form is most likely keyed for: today while the campaign runs, else its last day. */
function defaultDay(campaign: PaperCampaign): string {
  const today = todayInParis();
  return today > campaign.closesOn ? campaign.closesOn : today;
}

/** S1, S6: an agent keys in a paper form filled in the hall; its number keeps it from being counted twice. */
export function PaperResponseForm({ campaign, onClose }: { campaign: PaperCampaign; onClose(): void }) {
  const prefix = useId();
  const [filledOn, setFilledOn] = useState(() => defaultDay(campaign));
  const [formNumber, setFormNumber] = useState('');
  const [given, setGiven] = useState<Record<string, Given>>({});
  const [receipt, setReceipt] = useState<{ duplicate: boolean; formNumber: string } | null>(null);
  const [enter, { loading, error }] = useMutation(ENTER_PAPER_RESPONSE, { refetchQueries: ['DrmmSurveyCampaign', 'DrmmCampaignResults', 'DrmmCampaignComments'] });
  const set = (key: string, value: Given) => setGiven((g) => ({ ...g, [key]: value }));
  const questions = campaign.questionnaire.sections.flatMap((s) => s.questions);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answers = questions.map((q) => answerOf(q, given[q.key])).filter((a): a is AnswerInput => a !== null);
    const clientId = formNumber.trim() || null;
    const result = await enter({ variables: { campaignId: campaign.id, filledOn, answers, clientId } }).catch(() => null);
    if (result?.data) {
      setReceipt({ duplicate: result.data.enterPaperResponse.duplicate, formNumber: clientId ?? '' });
      setGiven({});
      setFormNumber('');
    }
  };

  const field = (q: PaperQuestion) => {
    const label = `${q.text}${q.required ? ' (obligatoire)' : ''}`;
    const value = given[q.key];
    switch (q.kind) {
      case 'SATISFACTION':
      case 'SINGLE_CHOICE': {
        const choices = q.kind === 'SATISFACTION' ? SATISFACTION_LEVELS : q.options;
        return (
          <RadioButtons
            key={q.key}
            legend={label}
            name={`${prefix}-${q.key}`}
            orientation="horizontal"
            small
            options={[
              ...choices.map((c) => ({ label: c.label, nativeInputProps: { value: c.key, checked: value === c.key, onChange: () => set(q.key, c.key) } })),
              { label: 'Sans réponse sur le formulaire', nativeInputProps: { value: '', checked: value === undefined || value === '', onChange: () => set(q.key, '') } },
            ]}
          />
        );
      }
      case 'MULTIPLE_CHOICE': {
        const chosen = (value as string[] | undefined) ?? [];
        return (
          <Checkbox
            key={q.key}
            legend={label}
            orientation="horizontal"
            small
            options={q.options.map((o) => ({
              label: o.label,
              nativeInputProps: { value: o.key, checked: chosen.includes(o.key), onChange: (e) => set(q.key, e.target.checked ? [...chosen, o.key] : chosen.filter((c) => c !== o.key)) },
            }))}
          />
        );
      }
      case 'NUMBER':
        return <Input key={q.key} label={label} nativeInputProps={{ type: 'number', min: q.minValue ?? undefined, max: q.maxValue ?? undefined, value: (value as string | undefined) ?? '', onChange: (e) => set(q.key, e.target.value) }} />;
      case 'FREE_TEXT':
        return <Input key={q.key} label={label} textArea nativeTextAreaProps={{ rows: 3, maxLength: 4000, value: (value as string | undefined) ?? '', onChange: (e) => set(q.key, e.target.value) }} />;
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${prefix}-titre`} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <h3 id={`${prefix}-titre`} className="fr-h5">
        Saisir un formulaire papier
      </h3>
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
          <div className="fr-fieldset__element">{s.questions.map(field)}</div>
        </fieldset>
      ))}
      {error && <Alert severity="error" title="Formulaire non enregistré" description={errorMessage(error)} className="fr-mb-2w" />}
      <FormActions submit="Enregistrer le formulaire" busy={loading} onCancel={onClose} cancel="Fermer" />
    </form>
  );
}

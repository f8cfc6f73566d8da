import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, useFieldChecks } from '@qualipref/console-kit';
import { useState, type FormEvent, type InputHTMLAttributes } from 'react';
import type { QuestionKind, QuestionnaireSectionInput, SurveyDimension } from '../generated/graphql';
import { DIMENSIONS, QUESTION_KINDS } from './labels.js';
import { CREATE_QUESTIONNAIRE, REVISE_QUESTIONNAIRE, UPDATE_QUESTIONNAIRE } from './operations.js';

interface DraftOption {
  key: string;
  label: string;
}

interface DraftQuestion {
  uid: number;
  key: string;
  text: string;
  help: string;
  kind: QuestionKind;
  dimension: SurveyDimension;
  required: boolean;
  options: DraftOption[];
  minValue: string;
  maxValue: string;
}

interface DraftSection {
  uid: number;
  title: string;
  questions: DraftQuestion[];
}

export interface QuestionnaireDraft {
  key: string;
  title: string;
  description: string;
  sections: DraftSection[];
}

/** A questionnaire version as the API gives it, to start an edit or a new version from. */
export interface QuestionnaireContent {
  key: string;
  title: string;
  description?: string | null;
  sections: {
    title: string;
    questions: {
      key: string;
      text: string;
      help?: string | null;
      kind: QuestionKind;
      dimension: SurveyDimension;
      required: boolean;
      options: DraftOption[];
      minValue?: number | null;
      maxValue?: number | null;
    }[];
  }[];
}

const CHOICES = new Set<QuestionKind>(['SINGLE_CHOICE', 'MULTIPLE_CHOICE']);
const KEY_PATTERN = '[a-z0-9][a-z0-9\\-]{0,59}';
const KEY_HINT = 'Minuscules, chiffres et tirets ; gardez la même clé d’une version à l’autre pour comparer les résultats.';
// Read by the console's message when a key does not match KEY_PATTERN.
const KEY_TITLE = 'des minuscules, des chiffres et des tirets, sans espace ni accent.';

// React keys of rows that move: a counter is enough within one page.
let lastUid = 0;
const uid = () => ++lastUid;

const blankQuestion = (): DraftQuestion => ({ uid: uid(), key: '', text: '', help: '', kind: 'SATISFACTION', dimension: 'PHYSICAL_RECEPTION', required: false, options: [], minValue: '', maxValue: '' });
const blankSection = (): DraftSection => ({ uid: uid(), title: '', questions: [blankQuestion()] });

export function draftOf(content: QuestionnaireContent | null): QuestionnaireDraft {
  if (!content) return { key: '', title: '', description: '', sections: [blankSection()] };
  return {
    key: content.key,
    title: content.title,
    description: content.description ?? '',
    sections: content.sections.map((s) => ({
      uid: uid(),
      title: s.title,
      questions: s.questions.map((q) => ({
        uid: uid(),
        key: q.key,
        text: q.text,
        help: q.help ?? '',
        kind: q.kind,
        dimension: q.dimension,
        required: q.required,
        options: q.options.map((o) => ({ key: o.key, label: o.label })),
        minValue: q.minValue == null ? '' : String(q.minValue),
        maxValue: q.maxValue == null ? '' : String(q.maxValue),
      })),
    })),
  };
}

const optionalInt = (value: string) => (value.trim() === '' ? null : Number(value));

/** The sections as the API takes them: options only for choice questions, bounds only for numbers. */
export function sectionsInput(draft: QuestionnaireDraft): QuestionnaireSectionInput[] {
  return draft.sections.map((s) => ({
    title: s.title.trim(),
    questions: s.questions.map((q) => ({
      key: q.key.trim(),
      text: q.text.trim(),
      help: q.help.trim() || null,
      kind: q.kind,
      dimension: q.dimension,
      required: q.required,
      options: CHOICES.has(q.kind) ? q.options.map((o) => ({ key: o.key.trim(), label: o.label.trim() })) : null,
      minValue: q.kind === 'NUMBER' ? optionalInt(q.minValue) : null,
      maxValue: q.kind === 'NUMBER' ? optionalInt(q.maxValue) : null,
    })),
  }));
}

/**
 * The rules across fields the API would refuse, each message on the field to correct and naming it
 * as its label does: a key given twice (questions in the questionnaire, answers in their question),
 * a maximum below its minimum.
 */
function draftRules(draft: QuestionnaireDraft): Record<string, string | null> {
  const rules: Record<string, string | null> = {};
  const questionKeys = new Map<string, number>();
  let n = 0;
  for (const section of draft.sections) {
    for (const question of section.questions) {
      n += 1;
      const key = question.key.trim();
      const first = questionKeys.get(key);
      if (key && first !== undefined) rules[`question.${question.uid}.key`] = `« Clé de la question ${n} » : la clé « ${key} » est déjà celle de la question ${first}.`;
      else if (key) questionKeys.set(key, n);
      if (CHOICES.has(question.kind)) {
        const optionKeys = new Map<string, number>();
        question.options.forEach((option, o) => {
          const optionKey = option.key.trim();
          const firstOption = optionKeys.get(optionKey);
          if (optionKey && firstOption !== undefined) rules[`option.${question.uid}.${o}.key`] = `« Clé de la réponse ${o + 1} (question ${n}) » : la clé « ${optionKey} » est déjà celle de la réponse ${firstOption}.`;
          else if (optionKey) optionKeys.set(optionKey, o + 1);
        });
      }
      const [min, max] = [optionalInt(question.minValue), optionalInt(question.maxValue)];
      if (question.kind === 'NUMBER' && min !== null && max !== null && max < min) rules[`question.${question.uid}.maxValue`] = `« Maximum (question ${n}, facultatif) » ne peut être inférieur au minimum, ${min}.`;
    }
  }
  return rules;
}

function move<T>(list: T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

type EditorMode = { kind: 'create' } | { kind: 'update'; id: string } | { kind: 'revise'; id: string };

const TITLES: Record<EditorMode['kind'], string> = { create: 'Nouveau questionnaire', update: 'Modifier cette version', revise: 'Nouvelle version' };
const SUBMIT: Record<EditorMode['kind'], string> = { create: 'Créer le questionnaire', update: 'Enregistrer les modifications', revise: 'Créer la nouvelle version' };

/** S2: a questionnaire's sections and questions, to create it, change a version no campaign uses, or make its next version. */
export function QuestionnaireEditor({ mode, initial, onSaved, onCancel }: { mode: EditorMode; initial: QuestionnaireContent | null; onSaved(id: string): void; onCancel(): void }) {
  const [draft, setDraft] = useState(() => draftOf(initial));
  const refetchQueries = ['DrmmQuestionnaires', 'DrmmQuestionnaire', 'DrmmQuestionnaireVersions'];
  const [create, creating] = useMutation(CREATE_QUESTIONNAIRE, { refetchQueries });
  const [update, updating] = useMutation(UPDATE_QUESTIONNAIRE, { refetchQueries });
  const [revise, revising] = useMutation(REVISE_QUESTIONNAIRE, { refetchQueries });
  const { loading, error } = { create: creating, update: updating, revise: revising }[mode.kind];
  // The fields are held in the draft's lists: each is checked under a key of its row's uid, which moves with it.
  const checks = useFieldChecks<string>();
  const input = (key: string, native: InputHTMLAttributes<HTMLInputElement>) => ({ ...checks.state(key), nativeInputProps: { ...checks.native(key), ...native } });

  const setSection = (s: number, change: Partial<DraftSection>) => setDraft((d) => ({ ...d, sections: d.sections.map((x, i) => (i === s ? { ...x, ...change } : x)) }));
  const setQuestions = (s: number, change: (questions: DraftQuestion[]) => DraftQuestion[]) =>
    setDraft((d) => ({ ...d, sections: d.sections.map((x, i) => (i === s ? { ...x, questions: change(x.questions) } : x)) }));
  const setQuestion = (s: number, q: number, change: Partial<DraftQuestion>) => setQuestions(s, (list) => list.map((x, i) => (i === q ? { ...x, ...change } : x)));
  const setOption = (s: number, q: number, o: number, change: Partial<DraftOption>) =>
    setQuestions(s, (list) => list.map((x, i) => (i === q ? { ...x, options: x.options.map((y, j) => (j === o ? { ...y, ...change } : y)) } : x)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!checks.check(event.currentTarget, draftRules(draft))) return;
    const content = { title: draft.title.trim(), description: draft.description.trim() || null, sections: sectionsInput(draft) };
    const saved =
      mode.kind === 'create'
        ? (await create({ variables: { input: { key: draft.key.trim(), ...content } } }).catch(() => null))?.data?.createQuestionnaire
        : mode.kind === 'update'
          ? (await update({ variables: { id: mode.id, input: content } }).catch(() => null))?.data?.updateQuestionnaire
          : (await revise({ variables: { id: mode.id, input: content } }).catch(() => null))?.data?.reviseQuestionnaire;
    if (saved) onSaved(saved.id);
  };

  let number = 0;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="questionnaire-editeur-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <h3 id="questionnaire-editeur-titre" className="fr-h5">
        {TITLES[mode.kind]}
      </h3>
      <FormOutcome error={error} failure="Questionnaire non enregistré" />
      {mode.kind === 'revise' && <p>Les questions gardent leur clé : une question à la même clé est comparée d’une version à l’autre.</p>}
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-8" label="Titre" {...input('title', { required: true, maxLength: 300, value: draft.title, onChange: (e) => setDraft({ ...draft, title: e.target.value }) })} />
        {mode.kind === 'create' && (
          <Input className="fr-col-12 fr-col-md-4" label="Clé du questionnaire" hintText="Partagée par ses versions, par exemple : accueil-hall" {...input('key', { required: true, maxLength: 60, pattern: KEY_PATTERN, title: KEY_TITLE, value: draft.key, onChange: (e) => setDraft({ ...draft, key: e.target.value }) })} />
        )}
        <Input className="fr-col-12" label="Introduction (facultative)" hintText="Montrée aux répondants avant les questions" {...checks.state('description')} textArea nativeTextAreaProps={{ ...checks.native('description'), rows: 2, maxLength: 5000, value: draft.description, onChange: (e) => setDraft({ ...draft, description: e.target.value }) }} />
      </div>
      {draft.sections.map((section, s) => (
        <fieldset key={section.uid} className="fr-fieldset fr-mt-3w">
          <legend className="fr-fieldset__legend">Rubrique {s + 1}</legend>
          <div className="fr-fieldset__element fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <Input className="fr-col-12 fr-col-md-6" label={`Titre de la rubrique ${s + 1}`} {...input(`section.${section.uid}.title`, { required: true, maxLength: 300, value: section.title, onChange: (e) => setSection(s, { title: e.target.value }) })} />
            <div className="fr-col-12 fr-col-md-6 fr-mb-3w">
              <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                <li>
                  <Button type="button" priority="tertiary" disabled={s === 0} onClick={() => setDraft((d) => ({ ...d, sections: move(d.sections, s, -1) }))} nativeButtonProps={{ 'aria-label': `Monter la rubrique ${s + 1}` }}>
                    Monter
                  </Button>
                </li>
                <li>
                  <Button type="button" priority="tertiary" disabled={s === draft.sections.length - 1} onClick={() => setDraft((d) => ({ ...d, sections: move(d.sections, s, 1) }))} nativeButtonProps={{ 'aria-label': `Descendre la rubrique ${s + 1}` }}>
                    Descendre
                  </Button>
                </li>
                <li>
                  <Button type="button" priority="tertiary" disabled={draft.sections.length === 1} onClick={() => setDraft((d) => ({ ...d, sections: d.sections.filter((_, i) => i !== s) }))} nativeButtonProps={{ 'aria-label': `Retirer la rubrique ${s + 1}` }}>
                    Retirer
                  </Button>
                </li>
              </ul>
            </div>
          </div>
          {section.questions.map((question, q) => {
            number += 1;
            const n = number;
            return (
              <fieldset key={question.uid} className="fr-fieldset fr-fieldset__element fr-card fr-card--no-arrow fr-p-2w">
                <legend className="fr-fieldset__legend fr-text--md">Question {n}</legend>
                <div className="fr-grid-row fr-grid-row--gutters fr-px-1w">
                  <Input className="fr-col-12 fr-col-md-8" label={`Texte de la question ${n}`} {...input(`question.${question.uid}.text`, { required: true, maxLength: 1000, value: question.text, onChange: (e) => setQuestion(s, q, { text: e.target.value }) })} />
                  <Input className="fr-col-12 fr-col-md-4" label={`Clé de la question ${n}`} hintText={KEY_HINT} {...input(`question.${question.uid}.key`, { required: true, maxLength: 60, pattern: KEY_PATTERN, title: KEY_TITLE, value: question.key, onChange: (e) => setQuestion(s, q, { key: e.target.value }) })} />
                  <Select
                    className="fr-col-12 fr-col-md-4"
                    label={`Type de réponse de la question ${n}`}
                    nativeSelectProps={{
                      value: question.kind,
                      onChange: (e) => {
                        const kind = e.target.value as QuestionKind;
                        // A choice question needs two answers at least: start with two empty ones.
                        const options = CHOICES.has(kind) && question.options.length < 2 ? [...question.options, ...Array.from({ length: 2 - question.options.length }, () => ({ key: '', label: '' }))] : question.options;
                        setQuestion(s, q, { kind, options });
                      },
                    }}
                  >
                    {Object.entries(QUESTION_KINDS).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </Select>
                  <Select className="fr-col-12 fr-col-md-4" label={`Dimension mesurée par la question ${n}`} nativeSelectProps={{ value: question.dimension, onChange: (e) => setQuestion(s, q, { dimension: e.target.value as SurveyDimension }) }}>
                    {Object.entries(DIMENSIONS).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </Select>
                  <Checkbox
                    className="fr-col-12 fr-col-md-4 fr-mt-4w"
                    small
                    options={[{ label: `Réponse obligatoire à la question ${n}`, nativeInputProps: { checked: question.required, onChange: (e) => setQuestion(s, q, { required: e.target.checked }) } }]}
                  />
                  <Input className="fr-col-12" label={`Aide de la question ${n} (facultative)`} {...input(`question.${question.uid}.help`, { maxLength: 1000, value: question.help, onChange: (e) => setQuestion(s, q, { help: e.target.value }) })} />
                  {question.kind === 'SATISFACTION' && <p className="fr-col-12 fr-text--sm fr-mb-0">Échelle fixe : très satisfait, satisfait, peu satisfait, pas du tout satisfait, sans avis.</p>}
                  {question.kind === 'NUMBER' && (
                    <>
                      <Input className="fr-col-6 fr-col-md-3" label={`Minimum (question ${n}, facultatif)`} {...input(`question.${question.uid}.minValue`, { type: 'number', step: 1, value: question.minValue, onChange: (e) => setQuestion(s, q, { minValue: e.target.value }) })} />
                      <Input className="fr-col-6 fr-col-md-3" label={`Maximum (question ${n}, facultatif)`} {...input(`question.${question.uid}.maxValue`, { type: 'number', step: 1, value: question.maxValue, onChange: (e) => setQuestion(s, q, { maxValue: e.target.value }) })} />
                    </>
                  )}
                  {CHOICES.has(question.kind) && (
                    <div className="fr-col-12">
                      <p className="fr-mb-1w">Réponses proposées (deux au moins)</p>
                      {question.options.map((option, o) => (
                        <div key={o} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                          <Input className="fr-col-12 fr-col-md-5" label={`Libellé de la réponse ${o + 1} (question ${n})`} {...input(`option.${question.uid}.${o}.label`, { required: true, maxLength: 300, value: option.label, onChange: (e) => setOption(s, q, o, { label: e.target.value }) })} />
                          <Input className="fr-col-12 fr-col-md-4" label={`Clé de la réponse ${o + 1} (question ${n})`} {...input(`option.${question.uid}.${o}.key`, { required: true, maxLength: 60, pattern: KEY_PATTERN, title: KEY_TITLE, value: option.key, onChange: (e) => setOption(s, q, o, { key: e.target.value }) })} />
                          <div className="fr-col-12 fr-col-md-3 fr-mb-3w">
                            <Button type="button" priority="tertiary" size="small" disabled={question.options.length <= 2} onClick={() => setQuestion(s, q, { options: question.options.filter((_, j) => j !== o) })} nativeButtonProps={{ 'aria-label': `Retirer la réponse ${o + 1} de la question ${n}` }}>
                              Retirer
                            </Button>
                          </div>
                        </div>
                      ))}
                      <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" onClick={() => setQuestion(s, q, { options: [...question.options, { key: '', label: '' }] })} nativeButtonProps={{ 'aria-label': `Ajouter une réponse à la question ${n}` }}>
                        Ajouter une réponse
                      </Button>
                    </div>
                  )}
                </div>
                <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mt-2w">
                  <li>
                    <Button type="button" priority="tertiary" disabled={q === 0} onClick={() => setQuestions(s, (list) => move(list, q, -1))} nativeButtonProps={{ 'aria-label': `Monter la question ${n}` }}>
                      Monter
                    </Button>
                  </li>
                  <li>
                    <Button type="button" priority="tertiary" disabled={q === section.questions.length - 1} onClick={() => setQuestions(s, (list) => move(list, q, 1))} nativeButtonProps={{ 'aria-label': `Descendre la question ${n}` }}>
                      Descendre
                    </Button>
                  </li>
                  <li>
                    <Button type="button" priority="tertiary" disabled={section.questions.length === 1} onClick={() => setQuestions(s, (list) => list.filter((_, i) => i !== q))} nativeButtonProps={{ 'aria-label': `Retirer la question ${n}` }}>
                      Retirer
                    </Button>
                  </li>
                </ul>
              </fieldset>
            );
          })}
          <div className="fr-fieldset__element">
            <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" onClick={() => setQuestions(s, (list) => [...list, blankQuestion()])} nativeButtonProps={{ 'aria-label': `Ajouter une question à la rubrique ${s + 1}` }}>
              Ajouter une question
            </Button>
          </div>
        </fieldset>
      ))}
      <Button type="button" priority="secondary" iconId="fr-icon-add-line" className="fr-mb-3w" onClick={() => setDraft((d) => ({ ...d, sections: [...d.sections, blankSection()] }))}>
        Ajouter une rubrique
      </Button>
      <FormActions submit={loading ? 'Enregistrement…' : SUBMIT[mode.kind]} busy={loading} onCancel={onCancel} />
    </form>
  );
}

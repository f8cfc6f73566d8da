import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import type { Draft } from './answers.js';
import { MAX_FREE_TEXT, SATISFACTION_LEVELS, type SurveyQuestion } from './questions.js';

export interface QuestionFieldProps {
  question: SurveyQuestion;
  draft: Draft | undefined;
  onChange(draft: Draft): void;
  /** Why the current answer is refused (shown under the field), or null. */
  problem: string | null;
  /** Prefix of the field's ids and radio group's name, unique on the page (« question » by default). */
  idPrefix?: string;
  className?: string;
  /**
   * A form keyed in by an agent (the paper forms): choices side by side in small type, and a
   * choice for a question left blank on paper, since a radio button cannot be unticked.
   */
  transcribing?: boolean;
}

/**
 * One question, answered with the field of its kind: the kiosk (one question per screen), the
 * personal link page (the whole form) and the console's paper form. Choices are grouped in a
 * fieldset with the question as legend, the other fields labelled by it. Every text (question,
 * help, labels, what was typed) is rendered as text by React, never as HTML.
 */
export function QuestionField({ question, draft, onChange, problem, idPrefix = 'question', className, transcribing = false }: QuestionFieldProps) {
  const label = (
    <>
      {question.text}
      {question.required ? null : <span className="survey-optional"> (facultatif)</span>}
    </>
  );
  const state = problem ? ('error' as const) : ('default' as const);
  // Each field of a question to correct says so itself, besides the message the DSFR links to it.
  const invalid = problem ? ({ 'aria-invalid': true } as const) : {};
  const help = question.help ?? undefined;
  const inputId = `${idPrefix}-${question.key}`;
  const compact = transcribing ? ({ orientation: 'horizontal', small: true } as const) : {};

  switch (question.kind) {
    case 'SATISFACTION':
    case 'SINGLE_CHOICE': {
      const choices = question.kind === 'SATISFACTION' ? SATISFACTION_LEVELS : question.options;
      const chosen = draft && 'option' in draft ? draft.option : '';
      const options = choices.map((choice) => ({
        label: choice.label,
        nativeInputProps: { ...invalid, value: choice.key, checked: chosen === choice.key, onChange: () => onChange({ option: choice.key }) },
      }));
      const blank = { label: 'Sans réponse sur le formulaire', nativeInputProps: { value: '', checked: chosen === '', onChange: () => onChange({ option: '' }) } };
      return (
        <RadioButtons
          className={className}
          name={inputId}
          legend={label}
          hintText={help}
          state={state}
          stateRelatedMessage={problem ?? undefined}
          {...compact}
          options={transcribing ? [...options, blank] : options}
        />
      );
    }
    case 'MULTIPLE_CHOICE': {
      const chosen = draft && 'options' in draft ? draft.options : [];
      return (
        <Checkbox
          className={className}
          legend={label}
          hintText={help ?? 'Plusieurs réponses possibles.'}
          state={state}
          stateRelatedMessage={problem ?? undefined}
          {...compact}
          options={question.options.map((option) => ({
            label: option.label,
            nativeInputProps: {
              ...invalid,
              name: inputId,
              value: option.key,
              checked: chosen.includes(option.key),
              // Kept in the questionnaire's order whatever the order of the taps.
              onChange: (event) => onChange({ options: question.options.map((o) => o.key).filter((key) => (key === option.key ? event.target.checked : chosen.includes(key))) }),
            },
          }))}
        />
      );
    }
    case 'NUMBER': {
      const range = question.minValue != null && question.maxValue != null ? `Un nombre entre ${question.minValue} et ${question.maxValue}.` : undefined;
      return (
        <Input
          className={className}
          label={label}
          hintText={[help, range].filter(Boolean).join(' ') || undefined}
          state={state}
          stateRelatedMessage={problem ?? undefined}
          nativeInputProps={{
            ...invalid,
            id: inputId,
            // A numeric keypad on tablets; the value is checked in French (problemOf).
            inputMode: 'decimal',
            autoComplete: 'off',
            value: draft && 'number' in draft ? draft.number : '',
            onChange: (event) => onChange({ number: event.target.value }),
          }}
        />
      );
    }
    case 'FREE_TEXT':
      return (
        <Input
          className={className}
          label={label}
          hintText={help ?? `${MAX_FREE_TEXT} caractères au plus.`}
          state={state}
          stateRelatedMessage={problem ?? undefined}
          textArea
          nativeTextAreaProps={{
            ...invalid,
            id: inputId,
            rows: transcribing ? 3 : 5,
            maxLength: MAX_FREE_TEXT,
            value: draft && 'text' in draft ? draft.text : '',
            onChange: (event) => onChange({ text: event.target.value }),
          }}
        />
      );
  }
}

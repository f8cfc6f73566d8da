import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { MAX_FREE_TEXT, SATISFACTION_LEVELS, type Draft, type Question } from './answers.js';

export interface QuestionFieldProps {
  question: Question;
  draft: Draft | undefined;
  onChange(draft: Draft): void;
  /** Why the current answer is refused (shown under the field), or null. */
  problem: string | null;
}

/**
 * One question, answered with the field of its kind. Used by the kiosk (one question per screen)
 * and by the personal link page (the whole form). Every text (question, help, labels, what the
 * respondent typed) is rendered as text by React, never as HTML.
 */
export function QuestionField({ question, draft, onChange, problem }: QuestionFieldProps) {
  const label = (
    <>
      {question.text}
      {question.required ? null : <span className="kiosk-optional"> (facultatif)</span>}
    </>
  );
  const state = problem ? ('error' as const) : ('default' as const);
  const help = question.help ?? undefined;
  const inputId = `question-${question.key}`;

  switch (question.kind) {
    case 'SATISFACTION':
    case 'SINGLE_CHOICE': {
      const choices = question.kind === 'SATISFACTION' ? SATISFACTION_LEVELS : question.options;
      const chosen = draft && 'option' in draft ? draft.option : '';
      return (
        <RadioButtons
          className="kiosk-question"
          name={inputId}
          legend={label}
          hintText={help}
          state={state}
          stateRelatedMessage={problem ?? undefined}
          options={choices.map((choice) => ({
            label: choice.label,
            nativeInputProps: { value: choice.key, checked: chosen === choice.key, onChange: () => onChange({ option: choice.key }) },
          }))}
        />
      );
    }
    case 'MULTIPLE_CHOICE': {
      const chosen = draft && 'options' in draft ? draft.options : [];
      return (
        <Checkbox
          className="kiosk-question"
          legend={label}
          hintText={help ?? 'Plusieurs réponses possibles.'}
          state={state}
          stateRelatedMessage={problem ?? undefined}
          options={question.options.map((option) => ({
            label: option.label,
            nativeInputProps: {
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
          className="kiosk-question"
          label={label}
          hintText={[help, range].filter(Boolean).join(' ') || undefined}
          state={state}
          stateRelatedMessage={problem ?? undefined}
          nativeInputProps={{
            id: inputId,
            // A numeric keypad on tablets; the value is checked by the page, in French.
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
          className="kiosk-question"
          label={label}
          hintText={help ?? `${MAX_FREE_TEXT} caractères au plus.`}
          state={state}
          stateRelatedMessage={problem ?? undefined}
          textArea
          nativeTextAreaProps={{
            id: inputId,
            rows: 5,
            maxLength: MAX_FREE_TEXT,
            value: draft && 'text' in draft ? draft.text : '',
            onChange: (event) => onChange({ text: event.target.value }),
          }}
        />
      );
  }
}

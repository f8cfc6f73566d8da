import { DomainError, ErrorCode } from '@qualipref/server-kit';
import { IndicatorComputation } from './enums.js';

/** The parameters a computation reads, each with the values it accepts; a formula names no other. */
type Rule = { optional?: boolean; check: (value: unknown) => boolean; expects: string };

const DIMENSIONS = ['PHYSICAL_RECEPTION', 'TELEPHONE_RECEPTION', 'DIGITAL_RECEPTION', 'RECEPTION_SPACES', 'EQUIPMENT', 'WAITING_TIME', 'ANSWER_QUALITY', 'LEGAL_REASONING', 'APPOINTMENT_DELAYS', 'ADVICE_TO_COLLECTIVITES', 'ACCESSIBILITY', 'OTHER'];
const dimension: Rule = { optional: true, check: (v) => v === null || DIMENSIONS.includes(v as string), expects: `null (toutes les questions) ou une dimension : ${DIMENSIONS.join(', ')}` };

const PARAMETERS: Record<IndicatorComputation, Record<string, Rule>> = {
  [IndicatorComputation.ON_TIME_RATE]: { channel: { check: (v) => ['LETTER', 'EMAIL', 'TELEPHONE', 'CONTACT_FORM', 'COUNTER'].includes(v as string), expects: 'LETTER, EMAIL, TELEPHONE, CONTACT_FORM ou COUNTER' } },
  [IndicatorComputation.TELEPHONE_PICK_UP_RATE]: {},
  [IndicatorComputation.TELEPHONE_WITHIN_TARGET_RATE]: {},
  [IndicatorComputation.FLAGSHIP_PROCEDURE_ON_TIME]: { procedure: { optional: true, check: (v) => v === null || (typeof v === 'string' && /^[A-Z0-9_]{2,60}$/.test(v)), expects: 'le code de la démarche, en majuscules (CARTE_GRISE)' } },
  [IndicatorComputation.SATISFACTION_RATE]: { dimension },
  [IndicatorComputation.NET_SATISFACTION]: { dimension, denominator: { check: (v) => v === 'WITH_OPINION' || v === 'ALL_ANSWERS', expects: 'WITH_OPINION (ceux qui ont un avis) ou ALL_ANSWERS (toutes les réponses, « sans avis » compris)' } },
  [IndicatorComputation.COMMITTEE_CADENCE_MET]: { committeeKind: { check: (v) => typeof v === 'string' && /^[A-Z_]{2,40}$/.test(v), expects: 'le type de comité (CLU)' } },
  [IndicatorComputation.ACTION_PLAN_COMPLETION]: {},
  [IndicatorComputation.FEEDBACK_ANSWERED_IN_TIME]: { withinWorkingDays: { check: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 60, expects: 'un nombre entier de jours ouvrés, de 1 à 60' } },
};

const formulaInvalid = (message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, 'parameters', 'FORMULA_INVALID');

/** A formula's parameters checked against its computation: every one it needs, none it does not read. */
export function checkParameters(computation: IndicatorComputation, parameters: unknown): Record<string, unknown> {
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) throw formulaInvalid('Les paramètres de la formule sont un objet JSON, par exemple {"dimension": "WAITING_TIME"}.');
  const rules = PARAMETERS[computation];
  const given = parameters as Record<string, unknown>;
  const unknown = Object.keys(given).filter((key) => !(key in rules));
  if (unknown.length) throw formulaInvalid(`Paramètre inconnu de cette formule : ${unknown.join(', ')}. Elle lit : ${Object.keys(rules).join(', ') || 'aucun paramètre'}.`);
  const checked: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(rules)) {
    if (!(key in given)) {
      if (rule.optional) checked[key] = null;
      else throw formulaInvalid(`Paramètre « ${key} » manquant : ${rule.expects}.`);
    } else if (!rule.check(given[key])) throw formulaInvalid(`Paramètre « ${key} » invalide : ${rule.expects}.`);
    else checked[key] = given[key];
  }
  return checked;
}

/** Two formulas' parameters compared whatever the order of their keys (jsonb keeps its own). */
export const sameParameters = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => canonical(a) === canonical(b);

function canonical(value: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(value).sort().map((key) => [key, value[key]]));
}

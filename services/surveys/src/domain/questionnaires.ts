import type { EntityManager } from '@mikro-orm/core';
import { badInput, conflict, notFound } from '@qualipref/server-kit';
import { Question, Questionnaire, QuestionnaireSection, type QuestionOption } from '../entities/index.js';
import type { UseCase } from './deps.js';
import { authorize } from './policy.js';
import { Dimension, QuestionKind } from './enums.js';
import { optionalText, requiredText } from './labels.js';

export interface QuestionInput {
  key: string;
  text: string;
  help?: string | null;
  kind: QuestionKind;
  dimension: Dimension;
  required?: boolean | null;
  options?: QuestionOption[] | null;
  minValue?: number | null;
  maxValue?: number | null;
}

export interface SectionInput {
  title: string;
  questions: QuestionInput[];
}

export interface QuestionnaireInput {
  key: string;
  title: string;
  description?: string | null;
  sections: SectionInput[];
}

const KEY = /^[a-z0-9][a-z0-9-]{0,59}$/;
const CHOICE_KINDS = new Set([QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE]);
const MAX_QUESTIONS = 200;

function checkKey(value: string, field: string): string {
  if (typeof value !== 'string' || !KEY.test(value)) throw badInput('Une clé est faite de minuscules, chiffres et tirets (60 caractères au plus).', field);
  return value;
}

/** Checks the whole content before anything is written. */
function checkContent(input: QuestionnaireInput): void {
  if (!Array.isArray(input.sections) || input.sections.length === 0) throw badInput('Un questionnaire a au moins une rubrique.', 'sections');
  const keys = new Set<string>();
  let count = 0;
  input.sections.forEach((section, s) => {
    requiredText(section.title, `sections[${s}].title`, 300);
    if (!Array.isArray(section.questions) || section.questions.length === 0) throw badInput('Une rubrique a au moins une question.', `sections[${s}].questions`);
    section.questions.forEach((q, i) => {
      const field = `sections[${s}].questions[${i}]`;
      count += 1;
      checkKey(q.key, `${field}.key`);
      if (keys.has(q.key)) throw badInput(`La clé de question « ${q.key} » est donnée deux fois.`, `${field}.key`);
      keys.add(q.key);
      requiredText(q.text, `${field}.text`, 1000);
      optionalText(q.help, `${field}.help`, 1000);
      const options = q.options ?? [];
      if (CHOICE_KINDS.has(q.kind)) {
        if (options.length < 2) throw badInput('Une question à choix propose au moins deux réponses.', `${field}.options`);
        const optionKeys = new Set<string>();
        options.forEach((o, j) => {
          checkKey(o.key, `${field}.options[${j}].key`);
          requiredText(o.label, `${field}.options[${j}].label`, 300);
          if (optionKeys.has(o.key)) throw badInput(`Le choix « ${o.key} » est donné deux fois.`, `${field}.options[${j}].key`);
          optionKeys.add(o.key);
        });
      } else if (options.length > 0) {
        throw badInput('Seules les questions à choix ont des réponses proposées (l’échelle de satisfaction est fixe).', `${field}.options`);
      }
      const bounded = q.minValue != null || q.maxValue != null;
      if (q.kind !== QuestionKind.NUMBER && bounded) throw badInput('Seules les questions numériques ont un minimum et un maximum.', `${field}.minValue`);
      if (q.minValue != null && q.maxValue != null && q.maxValue < q.minValue) throw badInput('Le maximum est inférieur au minimum.', `${field}.maxValue`);
    });
  });
  if (count > MAX_QUESTIONS) throw badInput(`Un questionnaire a au plus ${MAX_QUESTIONS} questions.`, 'sections');
}

function writeContent(em: EntityManager, questionnaire: Questionnaire, input: QuestionnaireInput): void {
  input.sections.forEach((s, sectionIndex) => {
    const section = em.create(QuestionnaireSection, { tenantId: questionnaire.tenantId, questionnaire, position: sectionIndex + 1, title: s.title.trim() });
    s.questions.forEach((q, questionIndex) => {
      em.create(Question, {
        tenantId: questionnaire.tenantId,
        questionnaire,
        section,
        position: questionIndex + 1,
        key: q.key,
        text: q.text.trim(),
        help: q.help?.trim() || null,
        kind: q.kind,
        dimension: q.dimension,
        required: q.required ?? false,
        options: (q.options ?? []).map((o) => ({ key: o.key, label: o.label.trim() })),
        minValue: q.minValue ?? null,
        maxValue: q.maxValue ?? null,
      });
    });
  });
}

export async function findQuestionnaire(em: EntityManager, id: string): Promise<Questionnaire> {
  const found = await em.findOne(Questionnaire, { id });
  if (!found) throw notFound('Questionnaire');
  return found;
}

/** The first version of a new questionnaire. */
export async function createQuestionnaire(u: UseCase, input: QuestionnaireInput): Promise<Questionnaire> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  checkKey(input.key, 'key');
  checkContent(input);
  if (await u.em.count(Questionnaire, { tenantId: u.identity.tenantId, key: input.key })) {
    throw conflict(`Le questionnaire « ${input.key} » existe déjà : faites-en une nouvelle version.`, 'key');
  }
  return create(u, input, 1);
}

async function create(u: UseCase, input: QuestionnaireInput, version: number): Promise<Questionnaire> {
  const questionnaire = u.em.create(Questionnaire, {
    tenantId: u.identity.tenantId,
    key: input.key,
    version,
    title: requiredText(input.title, 'title', 300),
    description: optionalText(input.description, 'description', 5000),
    frozenAt: null,
    createdBy: u.identity.userId,
  });
  writeContent(u.em, questionnaire, input);
  u.audit({ operation: version === 1 ? 'createQuestionnaire' : 'reviseQuestionnaire', entityType: 'Questionnaire', entityId: questionnaire.id, changes: [{ field: 'version', from: null, to: version }] });
  return questionnaire;
}

/** Replaces the content of a version no campaign uses yet. */
export async function updateQuestionnaire(u: UseCase, id: string, input: Omit<QuestionnaireInput, 'key'>): Promise<Questionnaire> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  const questionnaire = await findQuestionnaire(u.em, id);
  if (questionnaire.frozenAt) throw conflict('Ce questionnaire est utilisé par une enquête : il ne change plus. Faites-en une nouvelle version.', 'id');
  checkContent({ ...input, key: questionnaire.key });
  await u.em.nativeDelete(Question, { questionnaire });
  await u.em.nativeDelete(QuestionnaireSection, { questionnaire });
  questionnaire.title = requiredText(input.title, 'title', 300);
  questionnaire.description = optionalText(input.description, 'description', 5000);
  writeContent(u.em, questionnaire, { ...input, key: questionnaire.key });
  u.audit({ operation: 'updateQuestionnaire', entityType: 'Questionnaire', entityId: questionnaire.id, changes: [] });
  return questionnaire;
}

/** A new version after the latest one: questions keep their keys, so results compare across versions. */
export async function reviseQuestionnaire(u: UseCase, id: string, input: Omit<QuestionnaireInput, 'key'>): Promise<Questionnaire> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  const from = await findQuestionnaire(u.em, id);
  if (from.tenantId !== u.identity.tenantId) throw notFound('Questionnaire');
  checkContent({ ...input, key: from.key });
  const latest = await u.em.findOne(Questionnaire, { tenantId: from.tenantId, key: from.key }, { orderBy: { version: 'desc' } });
  return create(u, { ...input, key: from.key }, (latest?.version ?? from.version) + 1);
}

/** The questions of several questionnaires in one query, each list in order of section then position. */
export async function questionsOfQuestionnaires(em: EntityManager, questionnaireIds: readonly string[]): Promise<Map<string, Question[]>> {
  const rows = await em.find(Question, { questionnaire: { $in: [...questionnaireIds] } }, { orderBy: { section: { position: 'asc' }, position: 'asc' } });
  const byQuestionnaire = new Map<string, Question[]>(questionnaireIds.map((id) => [id, []]));
  for (const row of rows) byQuestionnaire.get(row.questionnaire.id)?.push(row);
  return byQuestionnaire;
}

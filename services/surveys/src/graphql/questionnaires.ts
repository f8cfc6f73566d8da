import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { TenantRef } from '@qualipref/organization-client';
import { ConnectionType, type Connection, PageArgs, paginate, isUuid } from '@qualipref/server-kit';
import { Question, Questionnaire, QuestionnaireSection } from '../entities/index.js';
import { Dimension, QuestionKind, SatisfactionLevel } from '../domain/enums.js';
import { can } from '../domain/policy.js';
import * as questionnaires from '../domain/questionnaires.js';
import type { Context, Ref } from './context.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type QuestionnaireRow = Questionnaire;
type SectionRow = QuestionnaireSection;

registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'How a question is answered.',
  valuesConfig: {
    SATISFACTION: { description: 'Échelle de satisfaction (très satisfait … pas du tout satisfait, sans avis): answer with `option`, a SatisfactionLevel.' },
    SINGLE_CHOICE: { description: 'Un seul choix parmi les réponses proposées: answer with `option`.' },
    MULTIPLE_CHOICE: { description: 'Plusieurs choix possibles: answer with `options`; results count each option, never combinations.' },
    NUMBER: { description: 'Un nombre, entre minValue et maxValue: answer with `number`.' },
    FREE_TEXT: { description: 'Texte libre (stocké tel quel, jamais interprété comme HTML): answer with `text`.' },
  },
});

registerEnumType(SatisfactionLevel, {
  name: 'SatisfactionLevel',
  description: 'The levels of the satisfaction scale.',
  valuesConfig: {
    VERY_SATISFIED: { description: 'Très satisfait.' },
    SATISFIED: { description: 'Satisfait.' },
    DISSATISFIED: { description: 'Peu satisfait.' },
    VERY_DISSATISFIED: { description: 'Pas du tout satisfait.' },
    NO_OPINION: { description: 'Sans avis (excluded from the satisfaction rate).' },
  },
});

registerEnumType(Dimension, {
  name: 'SurveyDimension',
  description: 'What a question measures; results are also given per dimension.',
  valuesConfig: {
    TYPOLOGY: { description: 'Typologie des usagers.' },
    PHYSICAL_RECEPTION: { description: 'Accueil physique.' },
    TELEPHONE_RECEPTION: { description: 'Accueil téléphonique.' },
    DIGITAL_RECEPTION: { description: 'Accueil numérique / informations sur internet.' },
    RECEPTION_SPACES: { description: "Espaces d'accueil." },
    EQUIPMENT: { description: 'Équipements mis à disposition (photocopieurs…).' },
    WAITING_TIME: { description: "Temps d'attente au guichet." },
    ANSWER_QUALITY: { description: 'Qualité des réponses (claires, simples).' },
    LEGAL_REASONING: { description: 'Motivation juridique des observations (contrôle de légalité).' },
    APPOINTMENT_DELAYS: { description: 'Délais de rendez-vous.' },
    ADVICE_TO_COLLECTIVITES: { description: 'Conseil aux collectivités.' },
    ACCESSIBILITY: { description: 'Accessibilité des locaux.' },
    OTHER: { description: 'Autre.' },
  },
});

@ObjectType('QuestionOption', { description: 'A choice offered by a choice question.' })
export class QuestionOptionType {
  @Field(() => String, { description: 'Stable key, sent as the answer.' })
  key!: string;

  @Field(() => String, { description: 'Label shown to respondents.' })
  label!: string;
}

@ObjectType('Question', { description: 'A question of a questionnaire version.' })
export class QuestionType {
  @Field(() => ID, { description: 'Identifier of the question (of this version).' })
  id!: string;

  @Field(() => String, { description: 'Key, stable across versions: the same key is the same question for comparisons.' })
  key!: string;

  @Field(() => Int, { description: 'Position in its section, from 1.' })
  position!: number;

  @Field(() => String, { description: 'The question as asked.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Help shown under the question.' })
  help!: string | null;

  @Field(() => QuestionKind, { description: 'How it is answered.' })
  kind!: QuestionKind;

  @Field(() => Dimension, { description: 'What it measures.' })
  dimension!: Dimension;

  @Field(() => Boolean, { description: 'Whether a response must answer it.' })
  required!: boolean;

  @Field(() => [QuestionOptionType], { description: 'Choices of a choice question (empty otherwise; the satisfaction scale is fixed).' })
  options!: QuestionOptionType[];

  @Field(() => Int, { nullable: true, description: 'Smallest number accepted (NUMBER questions).' })
  minValue!: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest number accepted (NUMBER questions).' })
  maxValue!: number | null;
}

@ObjectType('QuestionnaireSection', { description: 'A section (rubrique) of a questionnaire.' })
export class SectionType {
  @Field(() => ID, { description: 'Identifier of the section.' })
  id!: string;

  @Field(() => Int, { description: 'Position, from 1.' })
  position!: number;

  @Field(() => String, { description: 'Title of the section.' })
  title!: string;
}

@ObjectType('Questionnaire', { description: 'A version of a questionnaire; frozen once a campaign uses it.' })
export class QuestionnaireType {
  @Field(() => ID, { description: 'Identifier of this version.' })
  id!: string;

  @Field(() => String, { description: 'Key shared by all versions.' })
  key!: string;

  @Field(() => Int, { description: 'Version number, from 1.' })
  version!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Introduction shown to respondents.' })
  description!: string | null;

  @Field(() => Date, { nullable: true, description: 'When a campaign first used it; null while it can still change.' })
  frozenAt!: Date | null;
}

export const QuestionnaireConnection = ConnectionType(QuestionnaireType, 'Questionnaire', 'A page of questionnaire versions.');

@InputType('QuestionOptionInput', { description: 'A choice offered by a choice question.' })
export class QuestionOptionInput {
  @Field(() => String, { description: 'Stable key (lowercase letters, digits, dashes).' })
  key!: string;

  @Field(() => String, { description: 'Label shown to respondents.' })
  label!: string;
}

@InputType('QuestionInput', { description: 'A question of a questionnaire.' })
export class QuestionInput {
  @Field(() => String, { description: 'Key, stable across versions (lowercase letters, digits, dashes): keep it to compare results.' })
  key!: string;

  @Field(() => String, { description: 'The question as asked.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Help shown under the question.' })
  help?: string | null;

  @Field(() => QuestionKind, { description: 'How it is answered.' })
  kind!: QuestionKind;

  @Field(() => Dimension, { description: 'What it measures.' })
  dimension!: Dimension;

  @Field(() => Boolean, { nullable: true, description: 'Whether a response must answer it (default false).' })
  required?: boolean | null;

  @Field(() => [QuestionOptionInput], { nullable: true, description: 'Choices of a choice question (two at least, at most 50 items); none for other kinds.' })
  options?: QuestionOptionInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Smallest number accepted (NUMBER only).' })
  minValue?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest number accepted (NUMBER only).' })
  maxValue?: number | null;
}

@InputType('QuestionnaireSectionInput', { description: 'A section and its questions, in order.' })
export class SectionInput {
  @Field(() => String, { description: 'Title of the section.' })
  title!: string;

  @Field(() => [QuestionInput], { description: 'Its questions, in order (at most 200 items).' })
  questions!: QuestionInput[];
}

@InputType('QuestionnaireContentInput', { description: 'The whole content of a questionnaire version.' })
export class QuestionnaireContentInput {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Introduction shown to respondents.' })
  description?: string | null;

  @Field(() => [SectionInput], { description: 'Sections, in order (at most 50 items).' })
  sections!: SectionInput[];
}

@InputType('CreateQuestionnaireInput', { description: 'A new questionnaire (its version 1).' })
export class CreateQuestionnaireInput extends QuestionnaireContentInput {
  @Field(() => String, { description: 'Key shared by its future versions (lowercase letters, digits, dashes).' })
  key!: string;
}

export const loadQuestionnaire = (ctx: Context, id: string) => ctx.loaders.byId<Questionnaire>(Questionnaire, 'Questionnaire').load(id);

@Resolver(() => QuestionnaireType)
export class QuestionnaireResolver {
  @Query(() => QuestionnaireConnection, { nullable: true, description: 'Questionnaire versions of the readable tenants, by key then version.' })
  questionnaires(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('key', () => String, { nullable: true, description: 'Only the versions of this questionnaire.' }) key?: string | null,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' }) tenantId?: string | null,
  ): Promise<Connection<Questionnaire>> {
    const where: FilterQuery<Questionnaire> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(tenantId) } };
    if (key) where.key = key;
    return paginate(ctx.em, Questionnaire, where, page, { key: 'asc', version: 'asc' });
  }

  @Query(() => QuestionnaireType, { nullable: true, description: 'One questionnaire version; null when unknown or not readable.' })
  questionnaire(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the version.' }) id: string) {
    ctx.requireIdentity();
    return isUuid(id) ? loadQuestionnaire(ctx, id) : null;
  }

  @FieldResolver(() => [SectionType], { description: 'Sections, in order.' })
  sections(@Ctx() ctx: Context, @Root() questionnaire: QuestionnaireRow) {
    return ctx.loaders.childrenOf(QuestionnaireSection, 'QuestionnaireSection', 'questionnaire', { position: 'asc' }).load(questionnaire.id);
  }

  @FieldResolver(() => [QuestionType], { description: 'Every question, in order of section then position.' })
  questions(@Ctx() ctx: Context, @Root() questionnaire: QuestionnaireRow): Promise<Question[]> {
    return ctx.loaders
      .get<string, Question[]>('questionnaire-questions', async (ids) => {
        const found = await questionnaires.questionsOfQuestionnaires(ctx.em, ids);
        return ids.map((id) => found.get(id) ?? []);
      })
      .load(questionnaire.id);
  }

  @FieldResolver(() => TenantRef, { description: 'The tenant it belongs to.' })
  tenant(@Root() questionnaire: QuestionnaireRow): Ref {
    return { id: questionnaire.tenantId };
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may change this version (while no campaign uses it) or make a new version of it: managers and administrators of its tenant.' })
  viewerCanManage(@Ctx() ctx: Context, @Root() questionnaire: QuestionnaireRow): boolean {
    return can(ctx.identity, 'surveys.manage', questionnaire);
  }

  @Mutation(() => QuestionnaireType, { description: 'Creates version 1 of a new questionnaire. Managers and administrators.' })
  createQuestionnaire(@Ctx() ctx: Context, @Arg('input', () => CreateQuestionnaireInput, { description: 'The questionnaire.' }) input: CreateQuestionnaireInput) {
    return ctx.run((u) => questionnaires.createQuestionnaire(u, input));
  }

  @Mutation(() => QuestionnaireType, { description: 'Replaces the content of a version no campaign uses yet (CONFLICT once frozen: revise it instead).' })
  updateQuestionnaire(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The version to change.' }) id: string,
    @Arg('input', () => QuestionnaireContentInput, { description: 'Its whole new content.' }) input: QuestionnaireContentInput,
  ) {
    return ctx.run((u) => questionnaires.updateQuestionnaire(u, id, input));
  }

  @Mutation(() => QuestionnaireType, { description: 'Makes the next version of a questionnaire; keep question keys to compare results across versions.' })
  reviseQuestionnaire(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'A version of the questionnaire.' }) id: string,
    @Arg('input', () => QuestionnaireContentInput, { description: 'The content of the new version.' }) input: QuestionnaireContentInput,
  ) {
    return ctx.run((u) => questionnaires.reviseQuestionnaire(u, id, input));
  }
}

@Resolver(() => SectionType)
export class SectionResolver {
  @FieldResolver(() => [QuestionType], { description: 'Its questions, in order.' })
  questions(@Ctx() ctx: Context, @Root() section: SectionRow) {
    return ctx.loaders.childrenOf(Question, 'Question', 'section', { position: 'asc' }).load(section.id);
  }
}

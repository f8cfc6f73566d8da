import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CampaignChannel, Dimension, FeedbackCategory, FeedbackChannel, FeedbackStatus, FindingKind, PanelKind, QuestionKind } from '../domain/enums.js';

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

  @Field(() => [QuestionOptionInput], { nullable: true, description: 'Choices of a choice question (two at least); none for other kinds.' })
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

  @Field(() => [QuestionInput], { description: 'Its questions, in order.' })
  questions!: QuestionInput[];
}

@InputType('QuestionnaireContentInput', { description: 'The whole content of a questionnaire version.' })
export class QuestionnaireContentInput {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Introduction shown to respondents.' })
  description?: string | null;

  @Field(() => [SectionInput], { description: 'Sections, in order.' })
  sections!: SectionInput[];
}

@InputType('CreateQuestionnaireInput', { description: 'A new questionnaire (its version 1).' })
export class CreateQuestionnaireInput extends QuestionnaireContentInput {
  @Field(() => String, { description: 'Key shared by its future versions (lowercase letters, digits, dashes).' })
  key!: string;
}

@InputType('PanelInput', { description: 'A new panel.' })
export class PanelInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => PanelKind, { description: 'Kind.' })
  kind!: PanelKind;

  @Field(() => String, { nullable: true, description: 'What it is made of and why.' })
  description?: string | null;
}

@InputType('PanelMemberInput', { description: 'A person of a listed panel.' })
export class PanelMemberInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Commune, EPCI or association.' })
  organization!: string;

  @Field(() => String, { description: 'Position.' })
  position!: string;

  @Field(() => String, { nullable: true, description: 'Professional e-mail address for the invitation.' })
  email?: string | null;
}

@InputType('UpdatePanelMemberInput', { description: 'Changes to a panel member; omitted fields are kept.' })
export class UpdatePanelMemberInput {
  @Field(() => String, { nullable: true, description: 'Name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Commune, EPCI or association.' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'Position.' })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address (null removes it).' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they are still invited.' })
  active?: boolean | null;
}

@InputType('CampaignInput', { description: 'A new campaign.' })
export class CampaignInput {
  @Field(() => Int, { description: 'Year.' })
  year!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => ID, { description: 'Questionnaire version used (it is then frozen).' })
  questionnaireId!: string;

  @Field(() => ID, { description: 'Panel asked.' })
  panelId!: string;

  @Field(() => CampaignChannel, { description: 'HALL for the hall users’ panel, EMAIL for a listed panel.' })
  channel!: CampaignChannel;

  @Field(() => String, { description: 'First day (YYYY-MM-DD), in the campaign’s year.' })
  opensOn!: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD).' })
  closesOn!: string;
}

@InputType('UpdateCampaignInput', { description: 'Changes to a campaign; omitted fields are kept.' })
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true, description: 'Title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'First day (not once answers exist).' })
  opensOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (close early or extend).' })
  closesOn?: string | null;
}

@InputType('AnswerInput', { description: 'One answer; fill exactly the field of the question’s kind.' })
export class AnswerInput {
  @Field(() => String, { description: 'Key of the question.' })
  questionKey!: string;

  @Field(() => String, { nullable: true, description: 'SATISFACTION (a SatisfactionLevel) or SINGLE_CHOICE (an option key).' })
  option?: string | null;

  @Field(() => [String], { nullable: true, description: 'MULTIPLE_CHOICE: the option keys chosen.' })
  options?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER.' })
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'FREE_TEXT (4,000 characters at most).' })
  text?: string | null;
}

@InputType('FindingInput', { description: 'A finding of a campaign.' })
export class FindingInput {
  @Field(() => FindingKind, { description: 'Strength, weakness or recommendation.' })
  kind!: FindingKind;

  @Field(() => String, { description: 'The finding.' })
  text!: string;

  @Field(() => Dimension, { nullable: true, description: 'The dimension it is about.' })
  dimension?: Dimension | null;

  @Field(() => String, { nullable: true, description: 'The question key it is about.' })
  questionKey?: string | null;
}

@InputType('FeedbackInput', { description: 'A suggestion card or contact-form message.' })
export class FeedbackInput {
  @Field(() => String, { description: 'Day received (YYYY-MM-DD).' })
  receivedOn!: string;

  @Field(() => FeedbackChannel, { description: 'Where it came from.' })
  channel!: FeedbackChannel;

  @Field(() => FeedbackCategory, { description: 'What it is about.' })
  category!: FeedbackCategory;

  @Field(() => String, { description: 'The text as written.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Contact left for an answer.' })
  contact?: string | null;
}

@InputType('FeedbackFilter', { description: 'Narrows a list of feedback.' })
export class FeedbackFilter {
  @Field(() => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' })
  tenantId?: string | null;

  @Field(() => FeedbackStatus, { nullable: true, description: 'Only in this status.' })
  status?: FeedbackStatus | null;

  @Field(() => FeedbackCategory, { nullable: true, description: 'Only this category.' })
  category?: FeedbackCategory | null;

  @Field(() => FeedbackChannel, { nullable: true, description: 'Only this channel.' })
  channel?: FeedbackChannel | null;
}

import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { TenantRef } from '@qualipref/organization-client';
import { ConnectionType } from '@qualipref/server-kit';
import { ResponseChannel } from '../domain/enums.js';
import { QuestionType } from './questionnaires.js';

registerEnumType(ResponseChannel, {
  name: 'ResponseChannel',
  description: 'How one response came in.',
  valuesConfig: {
    KIOSK: { description: 'Borne du hall.' },
    PAPER: { description: 'Formulaire papier saisi par un agent.' },
    EMAIL: { description: 'Lien personnel reçu par courriel.' },
  },
});

@ObjectType('PublicSection', { description: 'A section of the questionnaire as respondents see it.' })
export class PublicSectionType {
  @Field(() => String, { description: 'Title of the section.' })
  title!: string;

  @Field(() => [QuestionType], { description: 'Its questions, in order.' })
  questions!: QuestionType[];
}

@ObjectType('PublicSurvey', { description: 'What a respondent needs to answer a campaign (kiosk or personal link).' })
export class PublicSurveyType {
  @Field(() => ID, { description: 'Identifier of the campaign.' })
  campaignId!: string;

  @Field(() => String, { description: 'Title of the campaign.' })
  title!: string;

  @Field(() => String, { description: 'First day answers are accepted (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'Last day answers are accepted (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => String, { nullable: true, description: 'Introduction of the questionnaire.' })
  introduction!: string | null;

  @Field(() => [PublicSectionType], { description: 'Sections and questions, in order.' })
  sections!: PublicSectionType[];

  @Field(() => TenantRef, { description: 'The préfecture or sous-préfecture that asks (its name comes from the organization subgraph).' })
  tenant!: TenantRef;
}

@ObjectType('ResponseReceipt', { description: 'What a submission stored.' })
export class ReceiptType {
  @Field(() => ID, { description: 'Identifier of the stored response.' })
  responseId!: string;

  @Field(() => Boolean, { description: 'True when this client id was already stored: the retry stored nothing more.' })
  duplicate!: boolean;
}

@ObjectType('SurveyComment', { description: 'A free-text answer, as written (plain text, never HTML).' })
export class CommentType {
  @Field(() => ID, { description: 'Identifier of the answer.' })
  id!: string;

  @Field(() => String, { name: 'text', description: 'The text.' })
  textValue!: string;

  @Field(() => ResponseChannel, { description: 'How the response came in.' })
  channel!: ResponseChannel;
}

export const CommentConnection = ConnectionType(CommentType, 'SurveyComment', 'A page of free-text answers.');

@InputType('AnswerInput', { description: 'One answer; fill exactly the field of the question’s kind.' })
export class AnswerInput {
  @Field(() => String, { description: 'Key of the question.' })
  questionKey!: string;

  @Field(() => String, { nullable: true, description: 'SATISFACTION (a SatisfactionLevel) or SINGLE_CHOICE (an option key).' })
  option?: string | null;

  @Field(() => [String], { nullable: true, description: 'MULTIPLE_CHOICE: the option keys chosen (at most 50 items).' })
  options?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER.' })
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'FREE_TEXT (4,000 characters at most).' })
  text?: string | null;
}

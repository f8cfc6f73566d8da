import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The quality service's entities as another subgraph refers to them (Federation v2): only the key,
// not resolvable here, so that the gateway asks quality for every other field.

@ObjectType('Engagement', { description: 'Q1: an engagement of a national referential of the label (owned by the quality service).' })
@Directive('@key(fields: "id", resolvable: false)')
export class EngagementRef {
  @Field(() => ID, { description: 'Identifier of the engagement.' })
  id!: string;
}

import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DirectorateRef } from '@qualipref/organization-client';
import { ConnectionType, type Connection, PageArgs } from '@qualipref/server-kit';
import { DimensionAssignment } from '../entities/index.js';
import { Dimension } from '../domain/enums.js';
import * as publication from '../domain/publication.js';
import { childPages, type Context, type Ref } from './context.js';

@ObjectType('DirectorateSurveyDimension', { description: 'A survey dimension a directorate answers for.' })
export class DirectorateDimensionType {
  @Field(() => ID, { description: 'Identifier of the assignment.' })
  id!: string;

  @Field(() => Dimension, { description: 'The dimension.' })
  dimension!: Dimension;
}

export const DirectorateDimensionConnection = ConnectionType(DirectorateDimensionType, 'DirectorateSurveyDimension', 'A page of the survey dimensions a directorate answers for, by dimension.');

@Resolver(() => DirectorateRef)
export class DirectorateExtensionResolver {
  @FieldResolver(() => DirectorateDimensionConnection, { description: 'The survey dimensions this directorate answers for, by dimension.' })
  surveyDimensions(@Ctx() ctx: Context, @Root() directorate: Ref, @Args(() => PageArgs) page: PageArgs): Promise<Connection<DimensionAssignment>> {
    ctx.requireIdentity();
    return childPages(ctx, DimensionAssignment, 'directorate-dimensions', directorate.id, page, { parent: 'directorateId', orderBy: 'dimension' });
  }

  @Mutation(() => [Dimension], { description: 'Says that a directorate answers for a survey dimension (assigned: true) or no longer does (false).' })
  async assignSurveyDimension(
    @Ctx() ctx: Context,
    @Arg('directorateId', () => ID, { description: 'A directorate of the caller’s tenant.' }) directorateId: string,
    @Arg('dimension', () => Dimension, { description: 'The dimension.' }) dimension: Dimension,
    @Arg('assigned', () => Boolean, { description: 'True to assign, false to withdraw.' }) assigned: boolean,
  ): Promise<Dimension[]> {
    const rows = await ctx.runAfter((c) => publication.dimensionLookups(c, directorateId), (u, org) => publication.assignDimension(u, dimension, directorateId, assigned, org));
    return rows.map((r) => r.dimension);
  }
}

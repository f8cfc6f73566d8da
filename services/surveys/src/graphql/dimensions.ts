import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { DirectorateRef } from '@qualipref/organization-client';
import { DimensionAssignment } from '../entities/index.js';
import { Dimension } from '../domain/enums.js';
import * as publication from '../domain/publication.js';
import type { Context, Ref } from './context.js';

@Resolver(() => DirectorateRef)
export class DirectorateExtensionResolver {
  @FieldResolver(() => [Dimension], { description: 'The survey dimensions this directorate answers for.' })
  surveyDimensions(@Ctx() ctx: Context, @Root() directorate: Ref): Promise<Dimension[]> {
    ctx.requireIdentity();
    return ctx.loaders
      .get<string, Dimension[]>('dimensions', async (ids) => {
        const rows = await ctx.em.find(DimensionAssignment, { directorateId: { $in: [...ids] } }, { orderBy: { dimension: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.directorateId === id).map((r) => r.dimension));
      })
      .load(directorate.id);
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

import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { badInput, ConnectionType, PageArgs, paginate } from '@qualipref/server-kit';
import { GedImport } from '../entities/index.js';
import { importGedCsv, parseGedCsv } from '../domain/ged-import.js';
import type { Context } from './common.js';

@ObjectType('ImportRowProblem', { description: 'A row of an import (GED export, queue tickets) that was refused.' })
export class GedImportProblemType {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { description: 'Why it was refused.' })
  reason!: string;
}

@ObjectType('GedImport', { description: 'The kept result of an import from the document-management system (GED).' })
export class GedImportType {
  @Field(() => ID, { description: 'Identifier of the import.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => Date, { description: 'When it ran.' })
  importedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Name of the file imported.' })
  fileName!: string | null;

  @Field(() => Int, { description: 'Data rows read.' })
  rowCount!: number;

  @Field(() => Int, { description: 'Items created.' })
  created!: number;

  @Field(() => Int, { description: 'Rows skipped because their GED reference was already registered.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows refused.' })
  rejected!: number;

  @Field(() => [GedImportProblemType], { description: 'Refused rows with their line and reason.' })
  problems!: GedImportProblemType[];
}

export const GedImportConnection = ConnectionType(GedImportType, 'GedImport', 'A page of GED imports, newest first.');
@InputType({ description: 'Which column (by its header) of a GED export holds each field.' })
export class GedColumnMapping {
  @Field(() => String, { description: 'Column of the GED reference.' })
  gedReference!: string;

  @Field(() => String, { description: 'Column of the reception date (ISO 8601, AAAA-MM-JJ HH:MM or JJ/MM/AAAA HH:MM, Paris time).' })
  receivedAt!: string;

  @Field(() => String, { description: 'Column of the channel (enum value, or Courrier, Courriel, Téléphone, Formulaire, Guichet).' })
  channel!: string;

  @Field(() => String, { description: 'Column of the subject.' })
  subject!: string;

  @Field(() => String, { description: 'Column of the correspondent kind (enum value, or Usager, Élu, Collectivité, Entreprise, Association).' })
  correspondentKind!: string;

  @Field(() => String, { nullable: true, description: 'Column of the service id; the import’s default service when omitted.' })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Column of the correspondent’s name.' })
  correspondentName?: string | null;

  @Field(() => String, { nullable: true, description: 'Column of the answer date.' })
  answeredAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Column of the answer channel.' })
  answerChannel?: string | null;
}

@Resolver(() => GedImportType)
export class GedImportResolver {
  @Query(() => GedImportConnection, { description: 'GED imports of the readable tenants, newest first.' })
  gedImports(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null) {
    return paginate(ctx.em, GedImport, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { importedAt: 'desc' });
  }

  @Query(() => GedImportType, { nullable: true, description: 'One GED import; null when unknown or not readable.' })
  gedImport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the import.' }) id: string) {
    ctx.requireIdentity();
    return ctx.loaders.byId<GedImport>(GedImport, 'GedImport').load(id);
  }

  @Mutation(() => GedImportType, { description: 'Imports items from a GED CSV export (comma, semicolon or tab separated) with a column mapping: each row is created, skipped when its GED reference is known (re-importing changes nothing), or refused with its line and reason. The result is kept.' })
  importGedCsv(
    @Ctx() ctx: Context,
    @Arg('csv', () => String, { description: 'The CSV text, with a header line.' }) csv: string,
    @Arg('mapping', () => GedColumnMapping, { description: 'Which column holds each field.' }) mapping: GedColumnMapping,
    @Arg('serviceId', () => ID, { nullable: true, description: 'Service of the rows that name none.' }) serviceId?: string | null,
    @Arg('fileName', () => String, { nullable: true, description: 'Name of the file, kept with the result.' }) fileName?: string | null,
  ) {
    if (csv.length > 5_000_000) throw badInput('Fichier trop volumineux (5 Mo au plus).', 'csv');
    return ctx.runAfter((c) => parseGedCsv(c, csv, mapping, serviceId ?? null), (u, parsed) => importGedCsv(u, parsed, mapping, fileName ?? null));
  }
}

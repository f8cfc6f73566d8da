import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { ImportReport } from '@qualipref/csv';
import { badInput, ConnectionType, CsvImportIssue, CsvImportReport, ImportModeEnum, PageArgs, paginate, type ImportModeValue } from '@qualipref/server-kit';
import { GedImport } from '../entities/index.js';
import { GedImportRejected, importGedCsv, parseGedCsv } from '../domain/ged-import.js';
import type { Context } from './common.js';

@ObjectType('GedImport', { description: 'The kept result of an import from the document-management system (GED) that was written (not the dry runs, nor the refused ALL_OR_NOTHING ones).' })
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

}

export const GedImportConnection = ConnectionType(GedImportType, 'GedImport', 'A page of GED imports, newest first.');
@InputType({ description: 'For a GED export whose headers differ from the import’s (French headers or machine keys): which header of the file holds a field. Each field is optional; a field named here must be in the file.' })
export class GedColumnMapping {
  @Field(() => String, { nullable: true, description: 'Header of the GED reference (« Référence GED » by default).' })
  gedReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Header of the reception date (« Date de réception »; ISO 8601, AAAA-MM-JJ HH:MM or JJ/MM/AAAA HH:MM, Paris time).' })
  receivedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Header of the channel (« Canal »; enum value, or Courrier, Courriel, Téléphone, Formulaire, Guichet).' })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: 'Header of the subject (« Objet »).' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Header of the correspondent kind (« Type de correspondant »; enum value, or Usager, Élu, Collectivité, Entreprise, Association).' })
  correspondentKind?: string | null;

  @Field(() => String, { nullable: true, description: 'Header of the service id (« Service (identifiant) », optional column: the import’s default service otherwise).' })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Header of the correspondent’s name (« Nom du correspondant », optional column).' })
  correspondentName?: string | null;

  @Field(() => String, { nullable: true, description: 'Header of the answer date (« Date de réponse », optional column).' })
  answeredAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Header of the answer channel (« Canal de réponse », optional column).' })
  answerChannel?: string | null;
}

// Named apart from the entity schema, so that decorator metadata sees a plain type.
type GedImportRow = GedImport;

@Resolver(() => GedImportType)
export class GedImportResolver {
  @Query(() => GedImportConnection, { nullable: true, description: 'GED imports of the readable tenants, newest first.' })
  gedImports(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null) {
    return paginate(ctx.em, GedImport, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { importedAt: 'desc' });
  }

  @Query(() => GedImportType, { nullable: true, description: 'One GED import; null when unknown or not readable.' })
  gedImport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the import.' }) id: string) {
    ctx.requireIdentity();
    return ctx.loaders.byId<GedImport>(GedImport, 'GedImport').load(id);
  }

  @FieldResolver(() => [CsvImportIssue], { description: 'Every problem of the import, by line, as its report gave them.' })
  issues(@Root() gedImport: GedImportRow): CsvImportIssue[] {
    return gedImport.problems;
  }

  @Mutation(() => CsvImportReport, {
    description:
      'Imports items from a GED CSV export (`;` or `,`, UTF-8, French headers or machine keys, or the headers a mapping names): each row is created, counted unchanged when its GED reference is known (re-importing changes nothing), or refused with its line, column and reason. By default (PARTIAL) the right rows are kept; what was written is kept as a GedImport.',
  })
  async importGedCsv(
    @Ctx() ctx: Context,
    @Arg('csv', () => String, { description: 'The CSV text, with a header line.' }) csv: string,
    @Arg('mapping', () => GedColumnMapping, { nullable: true, description: 'Headers of the file that differ from the import’s.' }) mapping?: GedColumnMapping | null,
    @Arg('serviceId', () => ID, { nullable: true, description: 'Service of the rows that name none.' }) serviceId?: string | null,
    @Arg('fileName', () => String, { nullable: true, description: 'Name of the file, kept with the result.' }) fileName?: string | null,
    @Arg('mode', () => ImportModeEnum, { defaultValue: ImportModeEnum.PARTIAL, description: 'How refused rows are treated (PARTIAL by default).' }) mode: ImportModeValue = ImportModeEnum.PARTIAL,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check the file and report what would be done, writing nothing.' }) dryRun = false,
  ): Promise<ImportReport> {
    if (csv.length > 5_000_000) throw badInput('Fichier trop volumineux (5 Mo au plus).', 'csv');
    try {
      return await ctx.runAfter((c) => parseGedCsv(c, csv, mapping ?? null, serviceId ?? null), (u, parsed) => importGedCsv(u, parsed, fileName ?? null, { mode, dryRun }));
    } catch (error) {
      if (error instanceof GedImportRejected) return error.report;
      throw error;
    }
  }
}

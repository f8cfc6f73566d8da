import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The import modes of @qualipref/csv, as a GraphQL enum shared by every subgraph. */
export const ImportModeEnum = { ALL_OR_NOTHING: 'ALL_OR_NOTHING', PARTIAL: 'PARTIAL' } as const;
export type ImportModeValue = (typeof ImportModeEnum)[keyof typeof ImportModeEnum];

registerEnumType(ImportModeEnum, {
  name: 'ImportMode',
  description: 'How an import treats its wrong rows (the same on every import of the platform).',
  valuesConfig: {
    ALL_OR_NOTHING: { description: 'Nothing is written when any row is wrong.' },
    PARTIAL: { description: 'The right rows are written, the wrong ones reported.' },
  },
});

@ObjectType('CsvImportIssue', { description: 'One problem of an import, in French.' })
@Directive('@shareable')
export class CsvImportIssue {
  @Field(() => Int, { description: 'Line in the file (1 is the header; 0 for the whole file).' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The column (its machine key), when the problem is one cell.' })
  field!: string | null;

  @Field(() => String, { description: 'Stable code of the problem, e.g. INVALID_DATE.' })
  code!: string;

  @Field(() => String, { description: 'What is wrong, in French, for the person who imports.' })
  message!: string;
}

@ObjectType('CsvImportReport', { description: 'The report of every CSV import of the platform.' })
@Directive('@shareable')
export class CsvImportReport {
  @Field(() => ImportModeEnum, { description: 'The mode the import ran in.' })
  mode!: ImportModeValue;

  @Field(() => Boolean, { description: 'True when this was a dry run: checked, nothing written.' })
  dryRun!: boolean;

  @Field(() => Boolean, { description: 'Whether anything was written (false on a dry run, and when ALL_OR_NOTHING met a problem).' })
  applied!: boolean;

  @Field(() => Int, { description: 'Data rows read from the file.' })
  rows!: number;

  @Field(() => Int, { description: 'Rows created (or that would be, on a dry run).' })
  created!: number;

  @Field(() => Int, { description: 'Rows that changed something already there.' })
  updated!: number;

  @Field(() => Int, { description: 'Rows identical to what was already there.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows not written because of a problem (every row when ALL_OR_NOTHING met one).' })
  rejected!: number;

  @Field(() => [CsvImportIssue], { description: 'Every problem, by line.' })
  issues!: CsvImportIssue[];
}

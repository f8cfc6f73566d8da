import type { EntitySchema } from '@mikro-orm/core';
import { IndicatorFormula, IndicatorValue } from './indicators.js';
import { Audit, Labelling } from './labelling.js';
import { Publication, PublishedFigure } from './publications.js';
import { Engagement, IndicatorDefinition, Referential, ReferentialModule } from './referentials.js';

export * from './indicators.js';
export * from './labelling.js';
export * from './publications.js';
export * from './referentials.js';

export const entities: EntitySchema[] = [Referential, ReferentialModule, Engagement, IndicatorDefinition, Labelling, Audit, IndicatorFormula, IndicatorValue, Publication, PublishedFigure] as unknown as EntitySchema[];

/** The national tables: requests only read them. */
export const NATIONAL_TABLES = ['referential', 'referential_module', 'engagement', 'indicator_definition'];

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty } from '@qualipref/server-kit';
import { PrefectTitle, TenantKind } from '../domain/kinds.js';

/**
 * A préfecture or sous-préfecture. Reference data of the whole platform (not a business row
 * of one tenant): the request role may only read it; it is created by migrations and seeding.
 */
export const Tenant = defineEntity({
  name: 'Tenant',
  tableName: 'tenant',
  properties: {
    id: idProperty(),
    code: p.string().length(40).unique(),
    kind: p.enum(() => TenantKind),
    name: p.string().length(200),
    city: p.string().length(100),
    /** The préfecture a sous-préfecture belongs to. */
    parentId: p.uuid().nullable(),
    /** The publishing authority of the platform's pages for this tenant (mentions légales), e.g. « Préfecture de la Moselle ». */
    publisherName: p.string().length(200).nullable(),
    /** The director of publication, by office, e.g. « Le préfet de la Moselle ». */
    publicationDirector: p.string().length(200).nullable(),
    /** The publishing authority's postal address, lines separated by newlines. */
    postalAddress: p.text().nullable(),
    /** The prefect's title as the State's block prints it: préfet or préfète (a setting: it changes with the person appointed). */
    prefectTitle: p.enum(() => PrefectTitle).nullable(),
    /** The département with its article, as the block reads after the title: « de la Moselle », « du Bas-Rhin », « des Vosges », « de l'Ain ». */
    departementWithArticle: p.string().length(100).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Tenant = InferEntity<typeof Tenant>;

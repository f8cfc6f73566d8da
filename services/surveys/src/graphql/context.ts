import type { EntityName } from '@mikro-orm/core';
import { type ChildListOptions, type Connection, PageArgs, paginateChildren, type RequestContext } from '@qualipref/server-kit';
import type { SurveysApp } from '../domain/deps.js';

export type Context = RequestContext<SurveysApp>;
export type Ref = { id: string };

/** Children pages of many parents in one statement, batched per request and page. */
export function childPages<T extends { id: string }>(ctx: Context, entity: EntityName<T>, name: string, parentId: string, page: PageArgs, options: ChildListOptions): Promise<Connection<T>> {
  return ctx.loaders
    .get<string, Connection<T>>(`${name}:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<T>(ctx.em, entity, ids, page, options))
    .load(parentId);
}

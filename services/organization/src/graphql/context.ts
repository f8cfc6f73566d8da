import { type Connection, PageArgs, paginateChildren, type RequestContext } from '@qualipref/server-kit';
import type { OrganizationApp } from '../app.js';
import type { Directorate, Service, User } from '../entities/index.js';

export type Context = RequestContext<OrganizationApp>;

/** Children pages of many parents in one statement, batched per request and page. */
export function childPages<T extends { id: string }>(ctx: Context, entity: typeof Directorate | typeof Service | typeof User, parent: string, orderBy: string, parentId: string, page: PageArgs) {
  const key = `children:${entity.meta.className}:${parent}:${page.first}:${page.after ?? ''}`;
  return ctx.loaders
    .get<string, Connection<T>>(key, (ids) => paginateChildren<T>(ctx.em, entity as never, ids, page, { parent, orderBy }))
    .load(parentId);
}

import { ArgsType, Field, Int, ObjectType, Directive, type ClassType } from 'type-graphql';
import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page of a list stands, for cursor pagination (the same on every list of the platform).' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede the first one of this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page: pass it as `after` to get the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return, from 1 to ${MAX_PAGE_SIZE}.` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (the `endCursor` of the previous page).' })
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `XConnection` and `XEdge` types of a list, Relay style, so that every list of
 * the supergraph pages the same way: `first`/`after`, `edges { cursor node }`, `nodes`,
 * `pageInfo`, `totalCount`.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string, description: string, shareable = false): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionImpl {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds (all pages).' })
    totalCount!: number;
  }
  if (shareable) {
    Directive('@shareable')(Edge);
    Directive('@shareable')(ConnectionImpl);
  }
  return ConnectionImpl;
}

export function checkPageArgs(args: PageArgs): void {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw badInput(`« first » doit être compris entre 1 et ${MAX_PAGE_SIZE}.`, 'first');
  }
}

/** One page of an entity list, by keyset (the ordering always ends with the id, so it is total). */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: QueryOrderMap<T>,
): Promise<Connection<T>> {
  checkPageArgs(args);
  let cursor;
  try {
    cursor = await em.findByCursor(entity, {
      where,
      first: args.first,
      after: args.after ?? undefined,
      orderBy: { ...orderBy, id: 'asc' } as QueryOrderMap<T>,
    } as never);
  } catch (error) {
    if (args.after && error instanceof Error && /cursor/i.test(error.message)) throw badInput('Curseur « after » invalide.', 'after');
    throw error;
  }
  const items = cursor.items as T[];
  const edges = items.map((node) => ({ cursor: cursor.from(node as never), node }));
  return {
    nodes: items,
    edges,
    totalCount: cursor.totalCount ?? items.length,
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
  };
}

/** The platform's one cursor format, the one MikroORM's `findByCursor` writes for `paginate`: base64url of the JSON array of the sort values, the id last. */
function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string): [unknown, string] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === 2 && typeof values[1] === 'string') return values as [unknown, string];
  } catch {
    // fall through to the error below
  }
  throw badInput('Curseur « after » invalide.', 'after');
}

export interface ChildListOptions {
  /** Property of the child pointing at its parent (a many-to-one). */
  parent: string;
  /** Property the list is sorted by (then by id). */
  orderBy: string;
  /** Sort direction of `orderBy`. */
  descending?: boolean;
  /** Direction of the id that breaks ties (that of `orderBy` by default), to keep the order of a list paged with `paginate`. */
  idDescending?: boolean;
  /** An extra condition on the child table `t`, in SQL with `?` placeholders. */
  where?: { sql: string; params: unknown[] };
  /**
   * When the children are linked to their parents through another table (a proposal routed to
   * directorates): that entity's name and its property pointing at the child. `parent` is then
   * the link's property pointing at the parent, and a child linked twice to a parent counts once.
   */
  through?: { entity: string; child: string };
}

/**
 * Pages of a child list for many parents in one SQL statement (window functions), so that a
 * list of N parents with their children costs one query, not N. Returns a page per parent id.
 */
export async function paginateChildren<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  parentIds: readonly string[],
  args: PageArgs,
  options: ChildListOptions,
): Promise<Connection<T>[]> {
  checkPageArgs(args);
  const tableOf = (name: EntityName<never> | string) => {
    const meta = typeof name === 'string' ? em.getMetadata().getByClassName(name) : em.getMetadata().get(name);
    const column = (property: string) => {
      const prop = (meta.properties as Record<string, { fieldNames: string[] } | undefined>)[property];
      if (!prop) throw new Error(`${meta.className} has no property ${property}`);
      return `"${prop.fieldNames[0]}"`;
    };
    return { table: `"${meta.schema ?? em.config.get('schema')}"."${meta.tableName}"`, column };
  };
  const child = tableOf(entity as EntityName<never>);
  const sort = child.column(options.orderBy);
  const after = args.after ? decodeCursor(args.after) : null;
  const dir = options.descending ? 'desc' : 'asc';
  const idDir = (options.idDescending ?? options.descending) ? 'desc' : 'asc';
  // An array literal: MikroORM would spread a JS array into a list of placeholders.
  const params: unknown[] = [`{${parentIds.map((id) => `"${id.replaceAll('"', '')}"`).join(',')}}`, ...(options.where?.params ?? [])];
  let source: string;
  if (options.through) {
    const link = tableOf(options.through.entity);
    const linkParent = link.column(options.parent);
    source = `(select distinct l.${linkParent} as qp_parent, l.${link.column(options.through.child)} as qp_child from ${link.table} l where l.${linkParent} = any(?::uuid[])) l
        join ${child.table} t on t."id" = l.qp_child`;
  } else {
    const fk = child.column(options.parent);
    source = `(select t.*, t.${fk} as qp_parent from ${child.table} t where t.${fk} = any(?::uuid[])) t`;
  }
  let afterClause = '';
  if (after) {
    afterClause = `where (y.${sort} ${dir === 'desc' ? '<' : '>'} ? or (y.${sort} = ? and y."id" ${idDir === 'desc' ? '<' : '>'} ?::uuid))`;
    params.push(after[0], after[0], after[1]);
  }
  params.push(args.first + 1);
  const extra = options.where ? ` where (${options.where.sql})` : '';
  const columns = options.through ? 't.*, l.qp_parent' : 't.*';
  const sql = `select * from (
      select y.*, row_number() over (partition by y.qp_parent order by y.${sort} ${dir}, y."id" ${idDir}) as qp_rn from (
        select ${columns}, count(*) over (partition by qp_parent) as qp_total from ${source}${extra}
      ) y ${afterClause}
    ) z where z.qp_rn <= ? order by z.qp_parent, z.${sort} ${dir}, z."id" ${idDir}`;
  // Through the EntityManager, not its connection: only then does the request's tenant session
  // (role and variables) wrap the statement, so row-level security applies to it too.
  const rows = (await (em as SqlEntityManager).execute(sql, params, 'all')) as Record<string, unknown>[];
  const byParent = new Map<string, { items: T[]; total: number; sortValues: unknown[] }>();
  const sortName = sort.slice(1, -1);
  for (const row of rows) {
    const { qp_rn: _rn, qp_total, qp_parent, ...columns } = row;
    const parentId = String(qp_parent);
    const bucket = byParent.get(parentId) ?? { items: [], total: Number(qp_total), sortValues: [] };
    bucket.items.push(em.map(entity, columns as never) as T);
    bucket.sortValues.push(columns[sortName] instanceof Date ? (columns[sortName] as Date).toISOString() : columns[sortName]);
    byParent.set(parentId, bucket);
  }
  return parentIds.map((parentId) => {
    const bucket = byParent.get(parentId) ?? { items: [], total: 0, sortValues: [] };
    const hasNextPage = bucket.items.length > args.first;
    const nodes = bucket.items.slice(0, args.first);
    const edges = nodes.map((node, i) => ({ cursor: encodeCursor([bucket.sortValues[i], node.id]), node }));
    return {
      nodes,
      edges,
      totalCount: bucket.total,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  });
}

/**
 * One page of a list computed in full (aggregates, results), by keyset on a key unique in the
 * list: ordered by that key, with the same cursors as `paginateChildren` (the key, then the key
 * again as its tie-break), so that a row gone between two pages does not shift the next one.
 */
export function paginateRows<T>(rows: readonly T[], args: PageArgs, keyOf: (row: T) => string): Connection<T> {
  checkPageArgs(args);
  const after = args.after ? decodeCursor(args.after)[1] : null;
  const sorted = rows.map((node) => ({ key: keyOf(node), node })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rest = after === null ? sorted : sorted.filter((row) => row.key > after);
  const edges = rest.slice(0, args.first).map(({ key, node }) => ({ cursor: encodeCursor([key, key]), node }));
  return {
    nodes: edges.map((edge) => edge.node),
    edges,
    totalCount: sorted.length,
    pageInfo: {
      hasNextPage: rest.length > args.first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb, keys, POOL } from '#shared/platform/db';
import { HttpProblem } from '#shared/platform/http/problem';
import { domainTable } from '#shared/platform/table';
import { utcToday } from '#shared/platform/validation';
import { COUNTRIES, SECTORS } from '#shared/vocabulary/codes';
import { foldForSearch } from './board-index.ts';
import { roleIdOf } from './role-id.ts';
import { BOARD_PAGE, boardEntry, publicRole, type BoardPage, type BoardQuery, type PublicRole } from './public-role.ts';
import type { RoleItem } from './store.ts';

/*
 * The public board (GET /roles, GET /roles/{roleId}): open roles with a place left, read from the
 * matching pool's index (gsi1, partition POOL.roles, sort key `<country>#<sector>#<openedAt>#<roleId>`,
 * board-index.ts). Never a Scan: the host country and the sector pick key ranges of that partition;
 * every other filter is a FilterExpression within them. The order is the sort key's, so it is
 * stable: a role keeps its place while it is open, and a page's `next` cursor is a position in
 * that order.
 */

const gsi1 = domainTable.indexes[0];

/** Queries one request may make before it answers with what it found (and a cursor to go on). */
export const BOARD_CALL_BUDGET = 8;
/**
 * The budget of a search of the whole board: a `q` or a `field` with neither country nor sector.
 * Every distinct search misses the CDN's cache (a `q` is free text), and each reads the single
 * partition POOL#ROLE that the matching round reads whole: so it stops sooner, and the reader
 * (the page, the form's search: web/src/role-summary.ts) follows `next` for the rest.
 */
export const BOARD_SEARCH_BUDGET = 3;

/** The Queries a request for this query may make (see the two budgets above). */
export const boardBudget = (query: Pick<BoardQuery, 'country' | 'sector' | 'q' | 'field'>): number =>
  !query.country && !query.sector && (query.q !== undefined || query.field !== undefined) ? BOARD_SEARCH_BUDGET : BOARD_CALL_BUDGET;
/** Items one Query may evaluate at most (DynamoDB stops at 1 MB read anyway). */
const MAX_EVALUATED_PER_CALL = 1_000;

/**
 * The attributes the board reads, so nothing else crosses the wire: no contact person or address,
 * no business id. `contact.language` only: the language of a role posted before roles named their
 * own (role-text.ts, originalLanguage).
 */
const LIST_ATTRIBUTES = [
  'roleId',
  'title',
  'language',
  'contact.language',
  'translation.language',
  'translation.title',
  'company.name',
  'company.country',
  'company.region',
  'company.city',
  'sector',
  'fieldsOfStudy',
  'applicantTypes',
  'periodFrom',
  'periodTo',
  'minWeeks',
  'places',
  'placesLeft',
  'languages',
  'openedAt',
  'submittedAt',
  // The cursor is the sort key of the page's last role.
  'gsi1sk',
] as const;
/** One role's page: the descriptions too, and the status it is shown by. */
const ROLE_ATTRIBUTES = [...LIST_ATTRIBUTES.filter((a) => a !== 'gsi1sk'), 'description', 'translation.description', 'status'] as const;

/**
 * An expression's attribute names, given as they are used: every name goes through `#name`
 * (DynamoDB refuses reserved words such as `status` or `name` otherwise, and an alias defined but
 * not used), and values as `:v0`, `:v1`….
 */
class Expression {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  path(dotted: string) {
    return dotted
      .split('.')
      .map((segment) => {
        this.names[`#${segment}`] = segment;
        return `#${segment}`;
      })
      .join('.');
  }
  value(v: unknown) {
    const name = `:v${Object.keys(this.values).length}`;
    this.values[name] = v;
    return name;
  }
}

/**
 * The key ranges a query reads, in the index's sort order: a prefix of the sort key each.
 * Country and sector: `<C>#<S>#`; country: `<C>#`; sector only: `<C>#<S>#` for every country in
 * the order the keys sort (so the pages run in the same order as the whole board's); neither:
 * the whole partition (prefix '').
 */
export function boardRanges(query: Pick<BoardQuery, 'country' | 'sector'>): string[] {
  if (query.country && query.sector) return [`${query.country}#${query.sector}#`];
  if (query.country) return [`${query.country}#`];
  if (query.sector) return [...COUNTRIES].sort().map((country) => `${country}#${query.sector}#`);
  return [''];
}

/** Terms of a text search: the folded words, each of which must be in the role's `boardText`. */
export const searchTerms = (q: string) => [...new Set(foldForSearch(q).split(' ').filter(Boolean))].slice(0, 10);

/**
 * The FilterExpression of a query: what is open and has a place left (the pool also holds a role
 * whose last place a proposal took), its period not over, and the reader's filters.
 */
function boardFilter(query: BoardQuery, today: string, e: Expression): string {
  const terms = [
    `${e.path('status')} = ${e.value('OPEN')}`,
    `${e.path('placesLeft')} > ${e.value(0)}`,
    `${e.path('periodTo')} >= ${e.value(today)}`,
  ];
  if (query.field) {
    // As matching decides (shared/matching/rules.ts, fieldAccepted): the role's field is this one
    // or narrower (`boardFields` holds every prefix of the role's fields), or the role takes a
    // broader field (2 or 3 digits) this one falls in.
    const field = query.field;
    const broader = [2, 3].filter((n) => n < field.length).map((n) => field.slice(0, n));
    const alternatives = [`contains(${e.path('boardFields')}, ${e.value(field)})`, ...broader.map((b) => `contains(${e.path('fieldsOfStudy')}, ${e.value(b)})`)];
    terms.push(alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : alternatives[0]!);
  }
  if (query.applicantType) terms.push(`contains(${e.path('applicantTypes')}, ${e.value(query.applicantType)})`);
  // Periods that overlap [from, to] (both days included).
  if (query.from) terms.push(`${e.path('periodTo')} >= ${e.value(query.from)}`);
  if (query.to) terms.push(`${e.path('periodFrom')} <= ${e.value(query.to)}`);
  if (query.q) for (const word of searchTerms(query.q)) terms.push(`contains(${e.path('boardText')}, ${e.value(word)})`);
  return terms.join(' AND ');
}

/** The cursor of a position in the board's order: its sort key (or a range's prefix), base64url. */
const encodeCursor = (position: string) => Buffer.from(position, 'utf8').toString('base64url');

/** A role id in a sort key: as issued, lower case (a cursor is this code's own text, exactly). */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A role's sort key on the pool index, exactly as rolePoolKey writes it (openedAt from toISOString). */
const POOL_KEY = new RegExp(`^(?:${COUNTRIES.join('|')})#(?:${SECTORS.join('|')})#\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{3})?Z#(${UUID})$`);

const badCursor = () =>
  new HttpProblem(400, 'Invalid query', 'The page cursor is not one this board gave for this query; start again from the first page.', [
    { path: 'cursor', message: 'is not a cursor of this query' },
  ]);

/**
 * Where a cursor says to go on: the range it is in, and the key to start after (none: the range
 * from its beginning). Anything but a cursor this code wrote for the same country and sector is
 * a 400 naming `cursor`, before DynamoDB sees it: a key outside the query's ranges would be
 * DynamoDB's ValidationException (a 500), and a forged one must not read outside the board.
 */
export function readCursor(cursor: string, ranges: readonly string[]): { range: number; startKey?: Record<string, string> } {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw badCursor();
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  // One spelling only: what Node decodes leniently must encode back to the same text.
  if (encodeCursor(position) !== cursor) throw badCursor();
  // The start of a range after the first: where a page whose budget ran out at a range's end goes on.
  const rangeStart = ranges.indexOf(position);
  if (rangeStart > 0) return { range: rangeStart };
  const key = POOL_KEY.exec(position);
  const range = key ? ranges.findIndex((prefix) => position.startsWith(prefix)) : -1;
  if (!key || range === -1) throw badCursor();
  return { range, startKey: { [gsi1.partitionKey]: POOL.roles, [gsi1.sortKey]: position, ...keys.role(key[1]!) } };
}

type BoardItem = RoleItem & { gsi1sk: string };

/**
 * A page of the board. Each Query asks for what the page still lacks (plus one, to know whether
 * there is more); when filters let few roles through, later Queries ask for more in proportion to
 * what the earlier ones let through. It goes on, range after range, until the page is full or
 * its budget of Queries is spent (boardBudget): then it answers with the roles found so far and a cursor
 * where it stopped, so a rare filter costs a bounded time per request, and the reader follows
 * `next` for the rest. No `next`: the board has no more.
 */
export async function readBoard(query: BoardQuery, today: string = utcToday(), budget = boardBudget(query)): Promise<BoardPage> {
  const limit = query.limit ?? BOARD_PAGE;
  const ranges = boardRanges(query);
  let { range, startKey } = query.cursor !== undefined ? readCursor(query.cursor, ranges) : { range: 0, startKey: undefined as Record<string, string> | undefined };

  // One range's Query: its own names and values (DynamoDB refuses any that an expression does not use).
  const rangeQuery = (prefix: string): Omit<QueryCommandInput, 'Limit' | 'ExclusiveStartKey'> => {
    const e = new Expression();
    const partition = `${e.path(gsi1.partitionKey)} = ${e.value(POOL.roles)}`;
    return {
      TableName: config.tableName,
      IndexName: gsi1.name,
      KeyConditionExpression: prefix ? `${partition} AND begins_with(${e.path(gsi1.sortKey)}, ${e.value(prefix)})` : partition,
      FilterExpression: boardFilter(query, today, e),
      ProjectionExpression: LIST_ATTRIBUTES.map((a) => e.path(a)).join(', '),
      ExpressionAttributeNames: e.names,
      ExpressionAttributeValues: e.values,
    };
  };

  const found: BoardItem[] = [];
  let evaluated = 0;
  let calls = 0;
  let position = '';
  while (range < ranges.length) {
    if (calls === budget) return { roles: found.map(boardEntry), next: encodeCursor(position) };
    const missing = limit + 1 - found.length;
    const Limit = Math.min(MAX_EVALUATED_PER_CALL, evaluated === 0 ? missing : Math.max(missing, Math.ceil((missing * evaluated) / Math.max(found.length, 1))));
    const page = await ddb.send(new QueryCommand({ ...rangeQuery(ranges[range]!), Limit, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }));
    calls++;
    evaluated += page.ScannedCount ?? 0;
    for (const item of (page.Items ?? []) as BoardItem[]) {
      found.push(item);
      if (found.length > limit) {
        const roles = found.slice(0, limit);
        return { roles: roles.map(boardEntry), next: encodeCursor(roles.at(-1)!.gsi1sk) };
      }
    }
    if (page.LastEvaluatedKey) {
      startKey = page.LastEvaluatedKey as Record<string, string>;
      position = startKey[gsi1.sortKey]!;
    } else {
      range++;
      startKey = undefined;
      position = ranges[range] ?? '';
    }
  }
  return { roles: found.map(boardEntry) };
}

/**
 * One role as the board shows it, with its descriptions: only while it is on the board (open, a
 * place left, its period not over). Anything else is undefined, as an unknown id is: a 404. An
 * id in upper case names the same role (role-id.ts): the answer says it as issued.
 */
export async function readPublicRole(id: string, today: string = utcToday()): Promise<PublicRole | undefined> {
  const roleId = roleIdOf(id);
  if (roleId === undefined) return undefined;
  const e = new Expression();
  const { Item } = await ddb.send(
    new GetCommand({
      TableName: config.tableName,
      Key: keys.role(roleId),
      ProjectionExpression: ROLE_ATTRIBUTES.map((a) => e.path(a)).join(', '),
      ExpressionAttributeNames: e.names,
    }),
  );
  const role = Item as RoleItem | undefined;
  if (!role || role.status !== 'OPEN' || !(role.placesLeft > 0) || role.periodTo < today) return undefined;
  return publicRole(role);
}

/**
 * Keyset (cursor) pagination, the one way every list query pages. A page is "rows after this key in
 * this order", so rows inserted while a client pages never cause duplicates or gaps, and page N costs
 * the same as page 1 (an index range scan, never OFFSET). The query-string side (limit, cursor) is
 * `infra/http/pagination.ts`.
 * @see https://use-the-index-luke.com/no-offset
 */
import { type AnyColumn, asc, desc, type SQL, sql } from 'drizzle-orm';
import { isPlainText, isStorableDateTime } from '../http/text-rules.js';

/**
 * A cursor this list did not hand out, or handed out for another sort order (client input: the HTTP
 * error handler answers it as a validation problem on `cursor`).
 */
export class InvalidCursorError extends Error {
  constructor() {
    super('The cursor is not valid for this list.');
    this.name = 'InvalidCursorError';
  }
}

export interface Page<Row> {
  data: Row[];
  nextCursor: string | null;
}

export type SortKey = { column: AnyColumn; kind: 'timestamp' | 'text' | 'integer' };
type KeyValue = string | number | Date;

/**
 * Plans one page over `keys` (the sort column(s), then a unique tie-breaker such as the id), all in
 * `direction`. Use `where` in the query's conditions, `orderBy` and `limit` as given, then `toPage`.
 * `sortName` is baked into the cursor so a cursor from one sort order is refused by another.
 */
export function planKeysetPage(options: {
  keys: readonly SortKey[];
  direction: 'asc' | 'desc';
  limit: number;
  cursor: string | undefined;
  sortName: string;
}) {
  const { keys, direction, limit, sortName } = options;
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor, sortName, keys);
  const columns = sql.join(
    keys.map((key) => sql`${key.column}`),
    sql`, `,
  );
  const values =
    after === undefined
      ? undefined
      : sql.join(
          after.map((value, i) => sql.param(value, keys[i]!.column)),
          sql`, `,
        );
  const where: SQL | undefined =
    values === undefined
      ? undefined
      : direction === 'asc'
        ? sql`(${columns}) > (${values})`
        : sql`(${columns}) < (${values})`;

  return {
    where,
    orderBy: keys.map((key) => (direction === 'asc' ? asc(key.column) : desc(key.column))),
    /** One extra row tells whether another page exists without a COUNT. */
    limit: limit + 1,
    toPage<Row>(rows: Row[], keyOf: (row: Row) => KeyValue[]): Page<Row> {
      const data = rows.slice(0, limit);
      const last = data.at(-1);
      const nextCursor =
        rows.length > limit && last !== undefined ? encodeCursor(sortName, keyOf(last)) : null;
      return { data, nextCursor };
    },
  };
}

function encodeCursor(sortName: string, values: KeyValue[]): string {
  const plain = values.map((value) => (value instanceof Date ? value.toISOString() : value));
  return Buffer.from(JSON.stringify([sortName, ...plain])).toString('base64url');
}

function decodeCursor(cursor: string, sortName: string, keys: readonly SortKey[]): KeyValue[] {
  const invalid = () => new InvalidCursorError();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== keys.length + 1 || parsed[0] !== sortName) throw invalid();
  return keys.map((key, i) => {
    const value: unknown = parsed[i + 1];
    if (!fitsColumn(key, value)) throw invalid();
    return key.kind === 'timestamp' ? new Date(value as string) : (value as string | number);
  });
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What PostgreSQL's integer types hold (bigint: as far as a JSON number is exact). */
const integerRanges: Record<string, readonly [number, number]> = {
  smallint: [-(2 ** 15), 2 ** 15 - 1],
  integer: [-(2 ** 31), 2 ** 31 - 1],
};

/**
 * Whether a cursor's value can be compared with its column: a cursor is client input, and a value
 * the column's SQL type cannot hold (an integer past int4, a year 0, a NUL, a non-UUID id) would
 * otherwise fail the query.
 */
function fitsColumn(key: SortKey, value: unknown): boolean {
  const sqlType = key.column.getSQLType();
  switch (key.kind) {
    case 'integer': {
      const [min, max] = integerRanges[sqlType] ?? [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
      return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
    }
    case 'timestamp':
      return typeof value === 'string' && isStorableDateTime(value);
    case 'text':
      return (
        typeof value === 'string' && isPlainText(value) && (sqlType !== 'uuid' || uuidPattern.test(value))
      );
  }
}

// Rows read as JSON inside another statement (a write-up's topics, a thread's replies), so one
// statement brings a parent and its parts instead of one statement per part.
import { sql, type Column, type SQL } from 'drizzle-orm';

type Columns = Record<string, Column>;
/** Columns, and other values read along with them (a subselect's json) under names of their own. */
type Fields = Record<string, Column | SQL>;

/**
 * `json_build_object` of the columns, keyed by their names in code: the row as `fromJson` reads
 * it back. The columns render table-qualified, so the subselect reads their table unaliased.
 */
export function jsonOf(columns: Fields): SQL {
  return sql`json_build_object(${sql.join(
    Object.entries(columns).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`),
    sql`, `,
  )})`;
}

/** A JSON array of the rows `where` finds, in `order`; an empty array when there are none. */
export function jsonListOf(columns: Fields, from: SQL, order: SQL): SQL {
  return sql`coalesce((select json_agg(${jsonOf(columns)} order by ${order}) ${from}), '[]'::json)`;
}

/** A json value as the driver answered it: parsed, or a string should one come as text. */
export function parsed(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/**
 * A row `jsonOf` built, as the query builder would have answered it: timestamps back to Dates and
 * every other column as its driver value maps.
 */
export function fromJson<T>(columns: Columns, value: unknown): T | null {
  const raw = parsed(value) as Record<string, unknown> | null;
  if (raw == null) return null;
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const field = raw[key];
    row[key] = field == null ? null : column.mapFromDriverValue(field);
  }
  return row as T;
}

/** Rows `jsonListOf` built. */
export function fromJsonList<T>(columns: Columns, value: unknown): T[] {
  const list = (parsed(value) as unknown[] | null) ?? [];
  return list.flatMap((item) => fromJson<T>(columns, item) ?? []);
}

/** What the statement that read a row read along with it (an adoption's department), by the row. */
const readAlong = new WeakMap<object, Record<string, unknown>>();

/** Keeps `along` for whichever field loader of `row` asks later. */
export function keepAlong<T extends object>(row: T, along: Record<string, unknown>): T {
  readAlong.set(row, along);
  return row;
}

/**
 * A field loader that answers from what was read along with its rows when every row has it, and
 * runs `load` otherwise (rows that came another way).
 */
export function alongOr<T extends object, C>(field: string, load: (queries: { obj: T; params: unknown }[], ctx: C) => Promise<unknown[]>) {
  return async (queries: { obj: T; params: unknown }[], ctx: C) => {
    const along = queries.map((q) => readAlong.get(q.obj));
    if (along.every((a): a is Record<string, unknown> => a !== undefined && field in a)) return along.map((a) => a[field]);
    return load(queries, ctx);
  };
}

/** What was read along with a row, if anything. */
export function alongOf(row: object): Record<string, unknown> | undefined {
  return readAlong.get(row);
}

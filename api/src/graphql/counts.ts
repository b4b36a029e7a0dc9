import { sql, type SQLWrapper } from 'drizzle-orm';
import { rowsOf, type Db } from '@muster/db';

interface Waiting {
  query: SQLWrapper;
  resolve: (n: number) => void;
  reject: (error: unknown) => void;
}

const waitingBy = new WeakMap<object, Waiting[]>();

/**
 * A count read together with the other counts the same request asks for at that moment, as the
 * columns of one statement: every page's header asks for the member's unread notifications and
 * messages (and a chief's waiting reviews and members) side by side, and each would otherwise be
 * a round trip of its own. `query` selects one row with one number (`select count(*) …`); `ctx`
 * is the request's context, which scopes the batch.
 */
export function countTogether(ctx: { db: Db }, query: SQLWrapper): Promise<number> {
  return new Promise((resolve, reject) => {
    let waiting = waitingBy.get(ctx);
    if (!waiting) {
      const batch: Waiting[] = (waiting = []);
      waitingBy.set(ctx, batch);
      // The resolvers of one level of the answer all run before this: they share the statement.
      setImmediate(() => {
        waitingBy.delete(ctx);
        void readCounts(ctx.db, batch);
      });
    }
    waiting.push({ query, resolve, reject });
  });
}

async function readCounts(db: Db, batch: Waiting[]): Promise<void> {
  try {
    const columns = sql.join(
      batch.map((w, i) => sql`coalesce((${w.query}), 0)::int as ${sql.identifier(`n${i}`)}`),
      sql`, `,
    );
    const [row] = rowsOf<Record<string, number | string>>(await db.execute(sql`select ${columns}`));
    batch.forEach((w, i) => w.resolve(Number(row?.[`n${i}`] ?? 0)));
  } catch (error) {
    for (const w of batch) w.reject(error);
  }
}

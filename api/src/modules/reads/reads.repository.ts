import { sql } from 'drizzle-orm';
import { practices, questions, rowsOf, threadReads, type Db } from '@muster/db';
import { readablePractices, readableQuestions, type Viewer } from '../../policy.ts';

export type ThreadKind = 'QUESTION' | 'PRACTICE';

/**
 * Records that the member opened the thread at `at`, in one statement that writes only when the
 * thread exists and they may open it; answers whether it did.
 */
export async function markReadIfReadable(db: Db, viewer: Viewer, kind: ThreadKind, threadId: string, at: Date): Promise<boolean> {
  const readable =
    kind === 'QUESTION'
      ? sql`exists (select 1 from ${questions} where ${questions.id} = ${threadId}::uuid and ${readableQuestions(viewer)})`
      : sql`exists (select 1 from ${practices} where ${practices.id} = ${threadId}::uuid and ${readablePractices(viewer)})`;
  const column = sql.raw(kind === 'QUESTION' ? 'question_id' : 'practice_id');
  const written = rowsOf<{ one: number }>(
    await db.execute(sql`
      insert into ${threadReads} (user_id, ${column}, last_read_at)
      select ${viewer.id}::uuid, ${threadId}::uuid, ${at} where ${readable}
      on conflict (user_id, ${column}) do update set last_read_at = excluded.last_read_at
      returning 1 as one`),
  );
  return written.length > 0;
}

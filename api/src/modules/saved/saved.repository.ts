import { and, count, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { debriefs, events, practices, questions, savedItems, type Db, type Event, type SaveTarget } from '@muster/db';
import type { Page } from '../../graphql/pagination.ts';
import { readablePractices, readableQuestions, visibleDebriefs, type Viewer } from '../../policy.ts';
import type { DebriefRow } from '../debriefs/index.ts';
import { practiceColumns, type PracticeRow } from '../practices/index.ts';
import type { QuestionRow } from '../questions/index.ts';

const { search: _questionSearch, ...questionColumns } = getTableColumns(questions);
const { search: _debriefSearch, ...debriefColumns } = getTableColumns(debriefs);
const eventColumns = getTableColumns(events);

/** A saved item as the list answers it: the member's note and the item, in the field its target names. */
export interface SavedItemRow {
  id: string;
  target: SaveTarget;
  savedAt: Date;
  note: string | null;
  practice: PracticeRow | null;
  question: QuestionRow | null;
  debrief: DebriefRow | null;
  event: Event | null;
}

/** Newest first: [savedAt ISO, id]. */
export type SavedKey = [string, string];
export const savedKey = (row: SavedItemRow): SavedKey => [row.savedAt.toISOString(), row.id];

/** The column that holds an item of each target. */
const itemColumn = {
  PRACTICE: savedItems.practiceId,
  QUESTION: savedItems.questionId,
  DEBRIEF: savedItems.debriefId,
  EVENT: savedItems.eventId,
} as const;

/** The same, as the key of a row to insert. */
const itemKey = { PRACTICE: 'practiceId', QUESTION: 'questionId', DEBRIEF: 'debriefId', EVENT: 'eventId' } as const;

/**
 * Whether the viewer may see the item: the rules of opening its page (policy.ts), asked in SQL. Saving
 * asks it in the transaction that writes, so nothing is saved that the viewer may not see.
 */
export async function itemVisible(db: Db, viewer: Viewer, target: SaveTarget, id: string): Promise<boolean> {
  const found = await (() => {
    switch (target) {
      case 'PRACTICE':
        return db
          .select({ id: practices.id })
          .from(practices)
          .where(and(eq(practices.id, id), readablePractices(viewer)));
      case 'QUESTION':
        return db
          .select({ id: questions.id })
          .from(questions)
          .where(and(eq(questions.id, id), readableQuestions(viewer)));
      case 'DEBRIEF':
        return db
          .select({ id: debriefs.id })
          .from(debriefs)
          .where(and(eq(debriefs.id, id), visibleDebriefs(viewer)));
      case 'EVENT':
        return db.select({ id: events.id }).from(events).where(eq(events.id, id));
    }
  })();
  return found.length > 0;
}

/**
 * Saves the item for the member, or, when saved already, keeps its place and sets the note when one
 * is given (`undefined` keeps the note, `null` removes it).
 */
export async function saveItem(db: Db, userId: string, target: SaveTarget, id: string, note: string | null | undefined, now: Date) {
  await db
    .insert(savedItems)
    .values({ userId, target, [itemKey[target]]: id, note: note ?? null, createdAt: now })
    .onConflictDoUpdate({
      target: [savedItems.userId, savedItems.target, savedItems.itemId],
      set: { note: note === undefined ? sql`${savedItems.note}` : note },
    });
}

export async function unsaveItem(db: Db, userId: string, target: SaveTarget, id: string): Promise<void> {
  await db.delete(savedItems).where(and(eq(savedItems.userId, userId), eq(savedItems.target, target), eq(itemColumn[target], id)));
}

/** Of these items, those the member saved, with their notes (null for none). */
export async function savedAmong(db: Db, userId: string, target: SaveTarget, ids: string[]): Promise<Map<string, string | null>> {
  const rows = await db
    .select({ id: savedItems.itemId, note: savedItems.note })
    .from(savedItems)
    .where(and(eq(savedItems.userId, userId), eq(savedItems.target, target), inArray(savedItems.itemId, ids)));
  return new Map(rows.map((r) => [r.id, r.note]));
}

/**
 * The member's saved items that they may still see, in SQL by the rules of policy.ts: an item hidden
 * since, made MEMBERS-only, unpublished or moved out of their reach drops out (and comes back if it
 * becomes visible again).
 */
function stillVisible(viewer: Viewer): SQL {
  return sql`(
    (${savedItems.target} = 'PRACTICE' and ${readablePractices(viewer)})
    or (${savedItems.target} = 'QUESTION' and ${readableQuestions(viewer)})
    or (${savedItems.target} = 'DEBRIEF' and ${visibleDebriefs(viewer)})
    or (${savedItems.target} = 'EVENT' and ${events.id} is not null)
  )`;
}

function after(page: Page<SavedKey>): SQL | undefined {
  if (!page.after) return undefined;
  return sql`(${savedItems.createdAt}, ${savedItems.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`;
}

export async function listSaved(db: Db, viewer: Viewer, page: Page<SavedKey>) {
  const where = and(eq(savedItems.userId, viewer.id), stillVisible(viewer));
  const rows: SavedItemRow[] = await db
    .select({
      id: savedItems.id,
      target: savedItems.target,
      savedAt: savedItems.createdAt,
      note: savedItems.note,
      practice: practiceColumns,
      question: questionColumns,
      debrief: debriefColumns,
      event: eventColumns,
    })
    .from(savedItems)
    .leftJoin(practices, eq(practices.id, savedItems.practiceId))
    .leftJoin(questions, eq(questions.id, savedItems.questionId))
    .leftJoin(debriefs, eq(debriefs.id, savedItems.debriefId))
    .leftJoin(events, eq(events.id, savedItems.eventId))
    .where(and(where, after(page)))
    .orderBy(desc(savedItems.createdAt), desc(savedItems.id))
    .limit(page.limit + 1);
  const totalCount = async () => {
    const [row] = await db
      .select({ n: count() })
      .from(savedItems)
      .leftJoin(practices, eq(practices.id, savedItems.practiceId))
      .leftJoin(questions, eq(questions.id, savedItems.questionId))
      .leftJoin(debriefs, eq(debriefs.id, savedItems.debriefId))
      .leftJoin(events, eq(events.id, savedItems.eventId))
      .where(where);
    return row?.n ?? 0;
  };
  return { rows, totalCount };
}

import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { SaveTarget } from '@muster/db';
import { partLoader } from '../practices/index.ts';
import { savedAmong } from './saved.repository.ts';

type Query = { obj: { id: string } };

interface Round {
  ids: Set<string>;
  answer: Promise<Map<string, string | null>>;
}

/** The read being gathered for each request and kind of item, until it starts. */
const rounds = new WeakMap<MercuriusContext, Map<SaveTarget, Round>>();

/**
 * Which of the items the viewer saved, and their notes: viewerSaved and viewerSavedNote asked at
 * one level of an answer share one statement. As for a write-up's parts (practices.parts.ts), the
 * read starts in a tick queued after the loaders of that level, and nothing is kept past it.
 */
function savedByViewer(ctx: MercuriusContext, viewerId: string, target: SaveTarget, ids: string[]): Promise<Map<string, string | null>> {
  let byTarget = rounds.get(ctx);
  if (!byTarget) rounds.set(ctx, (byTarget = new Map()));
  let round = byTarget.get(target);
  if (!round) {
    const gathering = byTarget;
    const started: Round = { ids: new Set(), answer: null as never };
    started.answer = new Promise((resolve, reject) => {
      process.nextTick(() => {
        gathering.delete(target);
        savedAmong(ctx.db, viewerId, target, [...started.ids]).then(resolve, reject);
      });
    });
    byTarget.set(target, (round = started));
  }
  for (const id of ids) round.ids.add(id);
  return round.answer;
}

function viewerSaved<V>(target: SaveTarget, read: (saved: Map<string, string | null>, id: string) => V, none: V) {
  return async (queries: Query[], ctx: MercuriusContext) => {
    if (!ctx.viewer) return queries.map(() => none);
    const saved = await savedByViewer(ctx, ctx.viewer.id, target, [...new Set(queries.map((q) => q.obj.id))]);
    return queries.map((q) => read(saved, q.obj.id));
  };
}

function savedFields(target: SaveTarget) {
  return {
    viewerSaved: viewerSaved(target, (saved, id) => saved.has(id), false),
    viewerSavedNote: viewerSaved(target, (saved, id) => saved.get(id) ?? null, null),
  };
}

export const loaders: MercuriusLoaders = {
  // A write-up's come with its other parts (practices.parts.ts), in the statement that reads them.
  Practice: { viewerSaved: partLoader('viewerSaved'), viewerSavedNote: partLoader('viewerSavedNote') },
  Question: savedFields('QUESTION'),
  Debrief: savedFields('DEBRIEF'),
  Event: savedFields('EVENT'),
};

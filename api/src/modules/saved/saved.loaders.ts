import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { SaveTarget } from '@muster/db';
import { savedAmong } from './saved.repository.ts';

type Query = { obj: { id: string } };

/** Whether the viewer saved each item, and their note on it: one statement for every item at one level of an answer. */
function viewerSaved<V>(target: SaveTarget, read: (saved: Map<string, string | null>, id: string) => V, none: V) {
  return async (queries: Query[], ctx: MercuriusContext) => {
    if (!ctx.viewer) return queries.map(() => none);
    const saved = await savedAmong(ctx.db, ctx.viewer.id, target, [...new Set(queries.map((q) => q.obj.id))]);
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
  Practice: savedFields('PRACTICE'),
  Question: savedFields('QUESTION'),
  Debrief: savedFields('DEBRIEF'),
  Event: savedFields('EVENT'),
};

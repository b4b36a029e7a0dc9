import type { MercuriusContext } from 'mercurius';
import type { Resolvers } from '../../generated/graphql.ts';
import { badInput, clientError } from '../../graphql/errors.ts';
import {
  canDraftFor,
  canEditPractice,
  canPublishPractice,
  canReadRevisions,
  canReportAdoption,
  canSeePractice,
  canSetEditorialRating,
  privileged,
  requireModerator,
  requireNotSuspended,
  requireViewer,
  unpublishedScope,
} from '../../policy.ts';
import { readPracticeInput, type PracticeContent } from './practices.input.ts';
import { withChanges } from './practices.revisions.ts';
import { readPracticeFilter, refreshSearchWordsSoon } from '../search/index.ts';
import { practiceConnection } from './practice-connection.ts';
import { recordActivity } from '../notifications/index.ts';
import { audit } from '../audit/index.ts';
import * as validate from '../../graphql/validate.ts';
import { renderMarkdown } from '../../markdown.ts';
import {
  contentColumns,
  findPracticeById,
  findReadablePractice,
  insertDraft,
  insertRevision,
  keepOldSlug,
  replaceChildren,
  revisionsOf,
  setPracticeFields,
  topicIdsBySlug,
  uniquePracticeSlug,
  unpublishedOf,
  updateIfVersion,
  type PracticeRow as Practice,
} from './practices.repository.ts';

async function topicIds(ctx: MercuriusContext, content: PracticeContent): Promise<string[]> {
  const ids = await topicIdsBySlug(ctx.db, content.topics);
  const unknown = content.topics.filter((slug) => !ids.has(slug));
  if (unknown.length) throw badInput('topics', `Unknown topic: ${unknown.join(', ')}. Choose from the topic list.`);
  return content.topics.map((slug) => ids.get(slug)!);
}

/** The practice a mutation names, if the viewer may see it at all (otherwise it does not exist for them). */
async function practiceFor(ctx: MercuriusContext, id: string): Promise<Practice> {
  const practice = await findPracticeById(ctx.db, validate.uuid('id', id));
  if (!practice || !canSeePractice(ctx.viewer, practice)) throw clientError('NOT_FOUND', 'There is no write-up with that ID.');
  return practice;
}

function requireChief(ctx: MercuriusContext, practice: Practice, action: string) {
  const viewer = requireNotSuspended(requireViewer(ctx.viewer));
  if (!canPublishPractice(viewer, practice))
    throw clientError('FORBIDDEN', `Only the chief of the write-up's department can ${action} it.`);
  return privileged(viewer);
}

function note(value: string | null | undefined): string | null {
  const text = validate.text('note', value, 500);
  return text ?? null;
}

export const resolvers: Resolvers = {
  Query: {
    practice: (_root, args, ctx) => findReadablePractice(ctx.db, ctx.viewer, validate.slug('slug', args.slug)),
    practices: (_root, args, ctx) => practiceConnection(ctx, args, readPracticeFilter(args.filter)),
    previewMarkdown: (_root, args, ctx) => {
      requireViewer(ctx.viewer);
      if (args.body.length > 50_000) throw badInput('body', 'The write-up takes at most 50,000 characters.');
      return renderMarkdown(args.body);
    },
    ourDrafts: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const scope = unpublishedScope(viewer);
      if (!scope) return [];
      return unpublishedOf(ctx.db, viewer.departmentId!, scope === 'department' ? null : viewer.id);
    },
  },
  Mutation: {
    createPractice: async (_root, args, ctx) => {
      const viewer = requireNotSuspended(requireViewer(ctx.viewer));
      if (!canDraftFor(viewer, viewer.departmentId)) {
        throw clientError('FORBIDDEN', 'Only verified members of a department write for it. Ask your chief to verify your account.');
      }
      const content = readPracticeInput(args.input);
      const ids = await topicIds(ctx, content);
      const departmentId = viewer.departmentId!;
      return ctx.db.transaction((tx) =>
        insertDraft(tx, { content, topicIds: ids, departmentId, authorId: viewer.id, note: note(args.note), now: ctx.now() }),
      );
    },

    updatePractice: async (_root, args, ctx) => {
      const viewer = requireNotSuspended(requireViewer(ctx.viewer));
      const practice = await practiceFor(ctx, args.id);
      if (!canEditPractice(viewer, practice)) throw clientError('FORBIDDEN', "Only the write-up's author and their chief can edit it.");
      const content = readPracticeInput(args.input);
      const ids = await topicIds(ctx, content);
      const now = ctx.now();
      return ctx.db.transaction(async (tx) => {
        const slug = content.title === practice.title ? practice.slug : await uniquePracticeSlug(tx, content.title, practice.id);
        const updated = await updateIfVersion(tx, practice.id, args.version, { ...contentColumns(content), slug, updatedAt: now });
        if (!updated) {
          const current = await findPracticeById(tx, practice.id);
          throw clientError(
            'CONFLICT',
            `Someone saved this write-up after you opened it (it is now at version ${current?.version}). Nothing was overwritten: reload it and apply your changes again.`,
            { currentVersion: current?.version },
          );
        }
        if (slug !== practice.slug) {
          await keepOldSlug(tx, practice.id, practice.slug, slug);
        }
        await replaceChildren(tx, practice.id, content, ids);
        await insertRevision(tx, {
          practiceId: practice.id,
          version: updated.version,
          editorId: viewer.id,
          note: note(args.note),
          snapshot: content,
          createdAt: now,
        });
        if (updated.status === 'PUBLISHED') refreshSearchWordsSoon(ctx.db);
        return updated;
      });
    },

    submitPractice: async (_root, args, ctx) => {
      const viewer = requireNotSuspended(requireViewer(ctx.viewer));
      const practice = await practiceFor(ctx, args.id);
      if (!canEditPractice(viewer, practice)) throw clientError('FORBIDDEN', "Only the write-up's author and their chief can submit it.");
      if (practice.status !== 'DRAFT') throw clientError('CONFLICT', 'Only a draft can be sent for review.');
      const submitted = await ctx.db.transaction(async (tx) => {
        const row = await setPracticeFields(tx, practice.id, { status: 'IN_REVIEW', updatedAt: ctx.now() });
        // The department's chief is told a draft waits for them.
        await recordActivity(tx, { kind: 'PRACTICE_SUBMITTED', actorId: viewer.id, practiceId: practice.id, createdAt: ctx.now() });
        return row;
      });
      ctx.fanOut.kick();
      return submitted;
    },

    publishPractice: async (_root, args, ctx) => {
      const practice = await practiceFor(ctx, args.id);
      const viewer = requireChief(ctx, practice, 'publish');
      if (practice.status === 'PUBLISHED') throw clientError('CONFLICT', 'This write-up is already published.');
      const published = await ctx.db.transaction(async (tx) => {
        const row = await setPracticeFields(tx, practice.id, {
          status: 'PUBLISHED',
          publishedAt: practice.publishedAt ?? ctx.now(),
          reviewComment: null,
          updatedAt: ctx.now(),
        });
        // Only a first publication is news; restoring an archived write-up tells nobody.
        if (!practice.publishedAt)
          await recordActivity(tx, { kind: 'PRACTICE_PUBLISHED', actorId: viewer.id, practiceId: practice.id, createdAt: ctx.now() });
        return row;
      });
      refreshSearchWordsSoon(ctx.db);
      ctx.fanOut.kick();
      return published;
    },

    sendBackPractice: async (_root, args, ctx) => {
      const practice = await practiceFor(ctx, args.id);
      const chief = requireChief(ctx, practice, 'send back');
      if (practice.status !== 'IN_REVIEW' && practice.status !== 'DRAFT')
        throw clientError('CONFLICT', 'Only a draft or a write-up in review can be sent back.');
      const comment = validate.requiredText('comment', 'a comment for the author', args.comment, 3, 2000);
      const sentBack = await ctx.db.transaction(async (tx) => {
        const row = await setPracticeFields(tx, practice.id, { status: 'DRAFT', reviewComment: comment, updatedAt: ctx.now() });
        // The author is told, with the chief's comment.
        await recordActivity(tx, {
          kind: 'PRACTICE_SENT_BACK',
          actorId: chief.id,
          practiceId: practice.id,
          note: comment,
          createdAt: ctx.now(),
        });
        return row;
      });
      ctx.fanOut.kick();
      return sentBack;
    },

    archivePractice: async (_root, args, ctx) => {
      const practice = await practiceFor(ctx, args.id);
      requireChief(ctx, practice, args.archived ? 'archive' : 'restore');
      const from = args.archived ? 'PUBLISHED' : 'ARCHIVED';
      if (practice.status !== from)
        throw clientError('CONFLICT', args.archived ? 'Only a published write-up can be archived.' : 'This write-up is not archived.');
      refreshSearchWordsSoon(ctx.db);
      return setPracticeFields(ctx.db, practice.id, { status: args.archived ? 'ARCHIVED' : 'PUBLISHED', updatedAt: ctx.now() });
    },

    setEditorialRating: async (_root, args, ctx) => {
      const viewer = requireModerator(ctx.viewer);
      const practice = await findPracticeById(ctx.db, validate.uuid('practiceId', args.practiceId));
      if (!practice) throw clientError('NOT_FOUND', 'There is no write-up with that ID.');
      if (practice.status !== 'PUBLISHED')
        throw clientError('CONFLICT', 'Only a published write-up carries an evidence rating.', { field: 'practiceId' });
      const rating = args.rating ?? null;
      // A rating that overrides the rule must say why: the page shows the reason in its place.
      const reason = rating ? validate.requiredText('reason', 'a reason for the rating', args.reason ?? '', 10, 1000) : null;
      return ctx.db.transaction(async (tx) => {
        const row = await setPracticeFields(tx, practice.id, {
          editorialRating: rating,
          editorialRatingReason: reason,
          editorialRatingById: rating ? viewer.id : null,
          editorialRatingAt: rating ? ctx.now() : null,
        });
        await audit(
          ctx,
          {
            action: rating ? 'EDITORIAL_RATING_SET' : 'EDITORIAL_RATING_CLEARED',
            outcome: 'SUCCESS',
            subjectId: practice.authorId,
            detail: rating ? `${practice.slug}: ${rating}: ${reason}` : practice.slug,
          },
          tx,
        );
        return row;
      });
    },
  },
  Practice: {
    body: (p, _args, ctx) => (canEditPractice(ctx.viewer, p) ? p.body : null),
    viewerCan: (p, _args, ctx) => {
      const edit = canEditPractice(ctx.viewer, p);
      const chief = canPublishPractice(ctx.viewer, p);
      return {
        edit,
        // A chief publishes; submitting to oneself for review means nothing.
        submit: edit && !chief && p.status === 'DRAFT',
        readHistory: canReadRevisions(ctx.viewer, p),
        publish: chief && p.status !== 'PUBLISHED',
        sendBack: chief && (p.status === 'IN_REVIEW' || p.status === 'DRAFT'),
        archive: chief && (p.status === 'PUBLISHED' || p.status === 'ARCHIVED'),
        reportAdoption: canReportAdoption(ctx.viewer, p),
        setRating: canSetEditorialRating(ctx.viewer) && p.status === 'PUBLISHED',
      };
    },
    revisions: async (p, _args, ctx) => (canReadRevisions(ctx.viewer, p) ? withChanges(await revisionsOf(ctx.db, p.id)) : null),
    implementation: (p) => ({
      startedOn: p.startedOn,
      staffing: p.staffing,
      partners: p.partners,
      trainingHours: p.trainingHours,
    }),
    cost: (p) => ({ startup: p.costStartup, annual: p.costAnnual, notes: p.costNotes }),
  },
};

import type { Resolvers } from '../../generated/graphql.ts';
import { badInput, clientError, FieldErrors } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { canReportAdoption, canSeePractice, privileged, requireNotSuspended, requireViewer } from '../../policy.ts';
import { readOutcomes, findPracticeById } from '../practices/index.ts';
import { saveAdoption } from './adoptions.repository.ts';
import { recordActivity } from '../notifications/index.ts';

export const resolvers: Resolvers = {
  Mutation: {
    reportAdoption: async (_root, args, ctx) => {
      const viewer = requireNotSuspended(requireViewer(ctx.viewer));
      const practice = await findPracticeById(ctx.db, validate.uuid('practiceId', args.practiceId));
      if (!practice || !canSeePractice(viewer, practice)) throw clientError('NOT_FOUND', 'There is no write-up with that ID.');
      if (practice.departmentId === viewer.departmentId)
        throw badInput('practiceId', 'A department does not adopt its own practice: edit the write-up instead.');
      if (!canReportAdoption(viewer, practice)) {
        throw clientError(
          'FORBIDDEN',
          "Only a verified chief reports adoptions, for their own department, of another department's published write-up.",
        );
      }
      privileged(viewer);

      const errors = new FieldErrors();
      const { input } = args;
      if (input.startedOn && input.endedOn && input.endedOn < input.startedOn)
        errors.add('endedOn', 'The end date comes before the start date.');
      if (input.endedOn && input.status !== 'DISCONTINUED') errors.add('endedOn', 'Only a discontinued adoption has an end date.');
      const report = {
        status: input.status,
        startedOn: input.startedOn ?? null,
        endedOn: input.endedOn ?? null,
        note: errors.check(() => validate.text('note', input.note, 5000)) ?? null,
        changes: errors.check(() => validate.text('changes', input.changes, 5000)) ?? null,
        outcomes: readOutcomes(input.outcomes, errors),
      };
      errors.throwIfAny();
      const saved = await ctx.db.transaction(async (tx) => {
        const { adoption, first } = await saveAdoption(tx, {
          practiceId: practice.id,
          departmentId: viewer.departmentId!,
          reportedById: viewer.id,
          now: ctx.now(),
          report,
        });
        // The first report is news to the practice's authors and followers; updates to it are not.
        if (first) {
          await recordActivity(tx, {
            kind: 'PRACTICE_ADOPTED',
            actorId: viewer.id,
            practiceId: practice.id,
            adoptionId: adoption.id,
            createdAt: ctx.now(),
          });
        }
        return adoption;
      });
      ctx.fanOut.kick();
      return saved;
    },
  },
};

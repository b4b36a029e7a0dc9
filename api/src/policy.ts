import { sql, type Column, type SQL } from 'drizzle-orm';
import {
  debriefs,
  messages,
  practices,
  questions,
  users,
  type Answer,
  type Debrief,
  type Practice,
  type Question,
  type User,
  type UserRole,
} from '@muster/db';
import { clientError } from './graphql/errors.ts';

/** Who is asking; null is a visitor who has not signed in. */
export interface Viewer {
  id: string;
  sessionId: string;
  role: UserRole;
  departmentId: string | null;
  verified: boolean;
  totpEnabled: boolean;
  /** An admin requires a second factor for this role (chiefs, moderators, admins). */
  secondFactorRequired: boolean;
  /** A second factor is required and none is enrolled: privileged actions wait. */
  mustEnrollTotp: boolean;
  /** Until when a moderator suspended the member from posting; null when not suspended. */
  suspended: Date | null;
}

/**
 * The one place that decides who may see and do what; resolvers ask it, pages never decide alone.
 *
 * Write-ups: visitors and unverified members see published PUBLIC ones; verified members also
 * see MEMBERS ones. Every query that returns a practice, a part of one, or a count filters with this.
 * Hidden by moderators (or by flags, pending review): gone from every list, search and count.
 * Beyond lists, a member opens drafts, reviews and archived write-ups of their own and, as a
 * verified chief, of their department; moderators open hidden published ones to review them.
 *
 * The rule is written once, in SQL over the terms below, so that a query (the viewer as
 * parameters, the practices table) and fan-out (every recipient at once, over aliases) say the
 * same thing; canSeePractice is its form for one row in memory, and a test holds the two together.
 */
export interface PracticeViewerTerms {
  id: SQL;
  role: SQL;
  verified: SQL;
  departmentId: SQL;
}

export interface PracticeTerms {
  authorId: SQL;
  departmentId: SQL;
  status: SQL;
  visibility: SQL;
  hiddenAt: SQL;
}

const practiceColumns: PracticeTerms = {
  authorId: sql`${practices.authorId}`,
  departmentId: sql`${practices.departmentId}`,
  status: sql`${practices.status}`,
  visibility: sql`${practices.visibility}`,
  hiddenAt: sql`${practices.hiddenAt}`,
};

/** The viewer's own terms, as parameters; a visitor has none. */
function viewerTerms(viewer: Viewer): PracticeViewerTerms {
  return {
    id: sql`${viewer.id}::uuid`,
    role: sql`${viewer.role}`,
    verified: seesMembersWriteUps(viewer) ? sql`true` : sql`false`,
    departmentId: sql`${viewer.departmentId}::uuid`,
  };
}

/** A users alias's columns as viewer terms: `usersAliasTerms('u')`. */
export function usersAliasTerms(alias: string): PracticeViewerTerms {
  const a = sql.raw(alias);
  return {
    id: sql`${a}.id`,
    role: sql`${a}.role::text`,
    verified: sql`(${a}.verification = 'VERIFIED')`,
    departmentId: sql`${a}.department_id`,
  };
}

/** A practices alias's columns as practice terms: `practiceAliasTerms('p')`. */
export function practiceAliasTerms(alias: string): PracticeTerms {
  const a = sql.raw(alias);
  return {
    authorId: sql`${a}.author_id`,
    departmentId: sql`${a}.department_id`,
    status: sql`${a}.status`,
    visibility: sql`${a}.visibility`,
    hiddenAt: sql`${a}.hidden_at`,
  };
}

const staffRoleList = sql.raw(`('MODERATOR', 'ADMIN')`);

/** In lists, search and counts: published, not hidden, and PUBLIC unless the viewer is verified. */
function listedPractice(who: PracticeViewerTerms | null, p: PracticeTerms): SQL {
  const published = sql`(${p.status} = 'PUBLISHED' and ${p.hiddenAt} is null)`;
  if (!who) return sql`(${published} and ${p.visibility} = 'PUBLIC')`;
  return sql`(${published} and (${p.visibility} = 'PUBLIC' or ${who.verified}))`;
}

/**
 * Opened by slug: listed, or the viewer's own, or (not hidden) of the department a verified chief
 * leads, or published and under a moderator's review. `staffReview: false` leaves out the last:
 * fan-out tells no moderator about a write-up hidden for review.
 */
function openablePractice(who: PracticeViewerTerms | null, p: PracticeTerms, staffReview = true): SQL {
  if (!who) return listedPractice(null, p);
  const own = sql`${p.authorId} = ${who.id}`;
  const ofTheirDepartment = sql`(${who.role} = 'CHIEF' and ${who.verified} and ${p.departmentId} = ${who.departmentId} and ${p.hiddenAt} is null)`;
  const parts = [listedPractice(who, p), own, ofTheirDepartment];
  if (staffReview) parts.push(sql`(${who.role} in ${staffRoleList} and ${p.status} = 'PUBLISHED')`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

export function visiblePractices(viewer: Viewer | null): SQL {
  return listedPractice(viewer ? viewerTerms(viewer) : null, practiceColumns);
}

/**
 * What a viewer may open by slug: what they may see in lists, plus drafts, reviews and archived
 * write-ups of their own, and, for a verified chief, of their department.
 */
export function readablePractices(viewer: Viewer | null): SQL {
  return openablePractice(viewer ? viewerTerms(viewer) : null, practiceColumns);
}

/**
 * The same rule as canSeePractice, in SQL over a users alias `u` and a practices alias `p`:
 * fan-out asks it of every recipient at once, so no notification tells anyone about a write-up
 * they may not open.
 */
export const recipientCanSeePractice = openablePractice(usersAliasTerms('u'), practiceAliasTerms('p'), false);

/** MEMBERS write-ups are for verified members; everyone else sees PUBLIC ones only. */
function seesMembersWriteUps(viewer: Viewer | null): boolean {
  return Boolean(viewer?.verified);
}

/**
 * Search reads its own index: an entry per listed-to-someone write-up (published, not hidden),
 * `members_only` for MEMBERS ones, and the 'visible' bitmaps 'all' and 'public' (kept by the
 * triggers of migration 0017). Which set the viewer searches, by the rule of visiblePractices.
 */
export function searchVisibleSet(viewer: Viewer | null): 'all' | 'public' {
  return seesMembersWriteUps(viewer) ? 'all' : 'public';
}

/** The same, as a condition on an index table's `members_only` column; undefined when every entry is the viewer's to see. */
export function searchableEntries(viewer: Viewer | null, membersOnly: SQL | Column): SQL | undefined {
  return seesMembersWriteUps(viewer) ? undefined : sql`not ${membersOnly}`;
}

type PracticeRef = Pick<Practice, 'status' | 'visibility' | 'authorId' | 'departmentId' | 'hiddenAt'>;

export function canSeePractice(viewer: Viewer | null, practice: PracticeRef): boolean {
  if (viewer && practice.authorId === viewer.id) return true;
  if (practice.hiddenAt) return practice.status === 'PUBLISHED' && isStaff(viewer);
  if (practice.status === 'PUBLISHED' && (practice.visibility === 'PUBLIC' || viewer?.verified)) return true;
  return Boolean(viewer && (isChiefOf(viewer, practice.departmentId) || (isStaff(viewer) && practice.status === 'PUBLISHED')));
}

/** Only a department's own verified members draft for it. */
export function canDraftFor(viewer: Viewer | null, departmentId: string | null): boolean {
  return Boolean(viewer?.verified && departmentId && viewer.departmentId === departmentId);
}

/** The author (still of the department) and the department's chief edit a write-up. */
export function canEditPractice(viewer: Viewer | null, practice: PracticeRef): boolean {
  if (!viewer?.verified) return false;
  return isChiefOf(viewer, practice.departmentId) || (practice.authorId === viewer.id && viewer.departmentId === practice.departmentId);
}

/** Only the department's chief publishes, sends back and archives. */
export function canPublishPractice(viewer: Viewer | null, practice: PracticeRef): boolean {
  return isChiefOf(viewer, practice.departmentId);
}

/** A verified chief of another department reports adopting a published practice. */
export function canReportAdoption(viewer: Viewer | null, practice: PracticeRef): boolean {
  return Boolean(
    viewer &&
    viewer.role === 'CHIEF' &&
    viewer.verified &&
    viewer.departmentId &&
    viewer.departmentId !== practice.departmentId &&
    practice.status === 'PUBLISHED',
  );
}

/** Revisions show earlier content: the author, the chief and staff read them. */
export function canReadRevisions(viewer: Viewer | null, practice: PracticeRef): boolean {
  return Boolean(viewer && (practice.authorId === viewer.id || isChiefOf(viewer, practice.departmentId) || isStaff(viewer)));
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw clientError('UNAUTHENTICATED', 'Sign in to do this.');
  return viewer;
}

const staff: UserRole[] = ['MODERATOR', 'ADMIN'];

export function isStaff(viewer: Viewer | null): boolean {
  return Boolean(viewer && staff.includes(viewer.role));
}

/** A chief acts for their own department only, and only once verified. */
export function isChiefOf(viewer: Viewer | null, departmentId: string | null): boolean {
  return Boolean(viewer && viewer.role === 'CHIEF' && viewer.verified && departmentId && viewer.departmentId === departmentId);
}

/** Privileged actions (a chief's, a moderator's, an admin's) also need the second factor when an admin requires it. */
export function privileged(viewer: Viewer): Viewer {
  if (viewer.mustEnrollTotp) {
    throw clientError(
      'FORBIDDEN',
      'Set up two-step sign-in (Settings → Second factor) before doing this; an administrator requires it for your role.',
    );
  }
  return viewer;
}

export function requireAdmin(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.role !== 'ADMIN') throw clientError('FORBIDDEN', 'Only administrators can do this.');
  return privileged(v);
}

/** Chiefs (for their department), moderators and admins handle pending members. */
export function requireMemberManager(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!viewerAbilities(v).verifyMembers) {
    throw clientError('FORBIDDEN', 'Only chiefs, moderators and administrators can review members.');
  }
  return privileged(v);
}

export function canVerify(viewer: Viewer, member: Pick<User, 'departmentId'>): boolean {
  return isStaff(viewer) || isChiefOf(viewer, member.departmentId);
}

/**
 * Never one's own, whatever the role: whoever guessed at the password may also hold a session,
 * and the lockout is there to make a second person look.
 */
export function canReleaseLockout(viewer: Viewer, member: Pick<User, 'id' | 'departmentId'>): boolean {
  return viewer.id !== member.id && (viewer.role === 'ADMIN' || isChiefOf(viewer, member.departmentId));
}

/**
 * Who mails a member a link to set a new password (the link goes to the member, never to the
 * sender): admins, for anyone; a chief, for the members of their own department, but not for
 * another chief or anyone with more rights, who could otherwise be taken over through a chief.
 */
export function canSendPasswordReset(viewer: Viewer | null, member: Pick<User, 'departmentId' | 'role'>): boolean {
  if (!viewer) return false;
  return viewer.role === 'ADMIN' || (isChiefOf(viewer, member.departmentId) && member.role === 'MEMBER');
}

/** A member's email, lock and factor state: for themselves, their chief, moderators and admins. */
export function canSeePrivateFields(viewer: Viewer | null, user: Pick<User, 'id' | 'departmentId'>): boolean {
  if (!viewer) return false;
  return viewer.id === user.id || isStaff(viewer) || isChiefOf(viewer, user.departmentId);
}

/** Chiefs, moderators and admins: the roles whose actions may require a second factor. */
export function isPrivilegedRole(role: UserRole): boolean {
  return role !== 'MEMBER';
}

/** Moderators and admins keep the list of events. */
export function canKeepEvents(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

/** Verified members say they go to events, and see who else goes. */
export function canAttendEvents(viewer: Viewer | null): boolean {
  return Boolean(viewer?.verified);
}

export function requireAttendee(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!canAttendEvents(v)) throw clientError('FORBIDDEN', 'Verified members mark attendance. Ask your chief to verify your account.');
  return v;
}

/** Moderators and administrators answer to administrators, not to a suspension. */
export function canBeSuspended(member: Pick<User, 'role'>): boolean {
  return member.role !== 'MODERATOR' && member.role !== 'ADMIN';
}

/** A move is approved only while the member still has the member role and an active account. */
export function canStillMove(member: Pick<User, 'role' | 'disabledAt'>): boolean {
  return member.role === 'MEMBER' && !member.disabledAt;
}

/**
 * Only a verified member moves to another department by asking: a chief hands the department
 * over first, and moderators and admins serve every department.
 */
export function requireMovableMember(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.role === 'CHIEF') {
    throw clientError(
      'FORBIDDEN',
      'A chief hands the department over before moving: ask an administrator to make another member its chief, then ask to move.',
      { field: 'departmentSlug', reason: 'CHIEF_MUST_HAND_OVER' },
    );
  }
  if (v.role !== 'MEMBER') {
    throw clientError(
      'FORBIDDEN',
      'Moderators and administrators serve every department; an administrator changes their department with their role.',
      {
        field: 'departmentSlug',
      },
    );
  }
  if (!v.verified)
    throw clientError('FORBIDDEN', 'Only verified members move to another department. Ask your chief to verify your account.', {
      field: 'departmentSlug',
    });
  return v;
}

/**
 * What the signed-in member may do across the site, for the pages to show the right links and
 * forms (the API still checks every action): read from here, never worked out from the role.
 */
export function viewerAbilities(viewer: Viewer) {
  return {
    writeUp: Boolean(viewer.verified && viewer.departmentId),
    publish: isChiefOf(viewer, viewer.departmentId),
    reachMembers: canSeeMemberActivity(viewer),
    verifyMembers: isStaff(viewer) || (viewer.role === 'CHIEF' && viewer.verified),
    moderate: isStaff(viewer),
    administer: viewer.role === 'ADMIN',
    keepEvents: canKeepEvents(viewer),
    moveDepartment: viewer.role === 'MEMBER' && viewer.verified,
    secondFactorRequired: viewer.secondFactorRequired,
  };
}

/** Verified members join discussions; unverified ones read (what they may see) until their chief vouches for them. */
export function canComment(viewer: Viewer | null): boolean {
  return Boolean(viewer?.verified && !viewer.suspended);
}

/** Published, not hidden, not locked: a discussion that takes new comments, replies and edits. */
export function discussionOpen(practice: Pick<Practice, 'status' | 'hiddenAt' | 'discussionLockedAt'>): boolean {
  return practice.status === 'PUBLISHED' && !practice.hiddenAt && !practice.discussionLockedAt;
}

/** A suspended member reads but does not post: comments, write-ups, flags, adoption reports. */
export function requireNotSuspended(viewer: Viewer): Viewer {
  if (viewer.suspended) {
    throw clientError(
      'FORBIDDEN',
      `A moderator has suspended your account from posting until ${viewer.suspended.toISOString().slice(0, 16).replace('T', ' ')} UTC. You can still read.`,
    );
  }
  return viewer;
}

/** A comment's author edits and deletes it; moderators delete anything. */
export function canEditComment(viewer: Viewer | null, comment: { authorId: string | null }): boolean {
  return Boolean(viewer && comment.authorId === viewer.id);
}

/** A participant marks others' comments helpful, never their own. */
export function canMarkHelpful(viewer: Viewer | null, comment: { authorId: string | null }): boolean {
  return Boolean(viewer && canComment(viewer) && comment.authorId !== viewer.id);
}

export function canDeleteComment(viewer: Viewer | null, comment: { authorId: string | null }): boolean {
  return canEditComment(viewer, comment) || isStaff(viewer);
}

/** Moderators set and clear a write-up's editorial evidence rating. */
export function canSetEditorialRating(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

export function requireModerator(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!isStaff(v)) throw clientError('FORBIDDEN', 'Only moderators can do this.');
  return privileged(v);
}

/** A debriefs alias's columns, or the debriefs table's. */
export interface DebriefTerms {
  authorId: SQL;
  audience: SQL;
  departmentId: SQL;
}

export function debriefAliasTerms(alias: string): DebriefTerms {
  const a = sql.raw(alias);
  return { authorId: sql`${a}.author_id`, audience: sql`${a}.audience`, departmentId: sql`${a}.department_id` };
}

const debriefColumns: DebriefTerms = {
  authorId: sql`${debriefs.authorId}`,
  audience: sql`${debriefs.audience}`,
  departmentId: sql`${debriefs.departmentId}`,
};

/**
 * Debriefs: verified members read those shared with all members, and those of their own
 * department; the author always reads their own. Visitors and unverified members read none.
 * Written once in SQL (over the viewer's parameters or a users alias); canSeeDebrief is its form for one row.
 */
function readableDebrief(who: PracticeViewerTerms | null, d: DebriefTerms): SQL {
  if (!who) return sql`false`;
  return sql`(${d.authorId} = ${who.id} or (${who.verified} and (${d.audience} = 'MEMBERS' or ${d.departmentId} = ${who.departmentId})))`;
}

export function visibleDebriefs(viewer: Viewer | null): SQL {
  return readableDebrief(viewer ? viewerTerms(viewer) : null, debriefColumns);
}

export function canSeeDebrief(viewer: Viewer | null, debrief: Pick<Debrief, 'authorId' | 'audience' | 'departmentId'>): boolean {
  if (!viewer) return false;
  if (debrief.authorId === viewer.id) return true;
  return viewer.verified && (debrief.audience === 'MEMBERS' || debrief.departmentId === viewer.departmentId);
}

/** The same rule as canSeeDebrief in SQL over a users alias `u` and a debriefs alias `d`, for fan-out. */
export const recipientCanSeeDebrief = readableDebrief(usersAliasTerms('u'), debriefAliasTerms('d'));

/** Verified members only: debriefs, the member directory, profiles and direct messages. */
export function requireVerifiedMember(viewer: Viewer | null, doing: string): Viewer {
  const v = requireViewer(viewer);
  if (!v.verified) throw clientError('FORBIDDEN', `Only verified members can ${doing}. Ask your chief to verify your account.`);
  return v;
}

/** A debrief is posted by a verified member with a department, not suspended, from the event's first day (`today`, a UTC day). */
export function canPostDebrief(viewer: Viewer | null, event: { startsOn: string }, today: string): boolean {
  return Boolean(viewer?.verified && viewer.departmentId && !viewer.suspended && event.startsOn <= today);
}

/** The author edits a debrief; the author and moderators delete it. */
export function canEditDebrief(viewer: Viewer | null, debrief: Pick<Debrief, 'authorId'>): boolean {
  return Boolean(viewer && debrief.authorId === viewer.id);
}

export function canDeleteDebrief(viewer: Viewer | null, debrief: Pick<Debrief, 'authorId'>): boolean {
  return canEditDebrief(viewer, debrief) || isStaff(viewer);
}

/** Direct messages: verified members write them; a suspended member still reads theirs but sends none. */
export function canSendMessages(viewer: Viewer | null): boolean {
  return messageRefusal(viewer) === null;
}

/** Why the viewer may not write direct messages at all (blocks aside), or null when they may. */
export function messageRefusal(viewer: Viewer | null): string | null {
  if (!viewer?.verified) return 'Only verified members can send direct messages.';
  if (viewer.suspended) return 'A moderator has suspended your account from posting for now: you can read your messages but not send any.';
  return null;
}

/** Who can be written to: verified members whose account is active. Blocks are asked of the messages repository. */
export function canReceiveMessages(user: Pick<User, 'verification' | 'disabledAt'>): boolean {
  return isListedMember(user);
}

/**
 * A member as terms: those of a viewer, and whether the account is active (not disabled). A
 * signed-in viewer's account is active, so only rules over other members ask it.
 */
export interface MemberTerms extends PracticeViewerTerms {
  active: SQL;
}

/** A users alias's columns as member terms: `memberAliasTerms('chief')`. */
export function memberAliasTerms(alias: string): MemberTerms {
  return { ...usersAliasTerms(alias), active: sql`(${sql.raw(alias)}.disabled_at is null)` };
}

const memberColumns: MemberTerms = {
  id: sql`${users.id}`,
  role: sql`${users.role}`,
  verified: sql`(${users.verification} = 'VERIFIED')`,
  departmentId: sql`${users.departmentId}`,
  active: sql`(${users.disabledAt} is null)`,
};

/**
 * Listed members: verified, with an active account. The member directory lists them, @handles
 * link to them, and they are written to; isListedMember is the rule for one row.
 */
function listedMember(m: MemberTerms): SQL {
  return sql`(${m.verified} and ${m.active})`;
}

export function isListedMember(user: Pick<User, 'verification' | 'disabledAt'>): boolean {
  return user.verification === 'VERIFIED' && !user.disabledAt;
}

/** Listed members, over the users table. */
export const listedMembers: SQL = listedMember(memberColumns);

/**
 * The members a viewer's following list shows: every member they follow whose account is still
 * active, whoever the viewer is. The follow was made from a profile the viewer could open; a change
 * of verification since leaves the member listed, a disabled account drops out. Over the users table.
 */
export const followedMembersShown: SQL = memberColumns.active;

/**
 * A department's acting chief, whom its reviews, waiting members and move requests go to: isChiefOf
 * the department, with an active account. Over a users alias (fan-out) or the users table.
 */
export function departmentChief(m: MemberTerms, departmentId: SQL): SQL {
  return sql`(${m.role} = 'CHIEF' and ${m.verified} and ${m.departmentId} = ${departmentId} and ${m.active})`;
}

export function chiefsOfDepartment(departmentId: SQL): SQL {
  return departmentChief(memberColumns, departmentId);
}

type MemberRef = Pick<User, 'role' | 'verification' | 'departmentId' | 'disabledAt'>;

/** departmentChief for one member in memory: the department's verified chief, with an active account. */
export function isDepartmentChief(member: MemberRef, departmentId: string): boolean {
  return member.role === 'CHIEF' && member.verification === 'VERIFIED' && member.departmentId === departmentId && !member.disabledAt;
}

/**
 * Whether a department has an acting chief among the members given (its chiefs, as chiefsOf reads
 * them, or all its members): who decides a move to it, a chief or an admin, turns on this.
 * departmentWithoutChief is the same rule in SQL, for the requests an admin decides.
 */
export function hasActingChief(departmentId: string, members: readonly MemberRef[]): boolean {
  return members.some((member) => isDepartmentChief(member, departmentId));
}

/** No acting chief in the department (`departmentId` an id parameter or column), over the users table. */
export function departmentWithoutChief(departmentId: SQL): SQL {
  return sql`not exists (select 1 from ${users} where ${chiefsOfDepartment(departmentId)})`;
}

/** Who is told a member waits when their department has no chief: moderators (admins verify members too, but are not told). */
export function toldOfMembersWithoutChief(m: MemberTerms): SQL {
  return sql`(${m.role} = 'MODERATOR')`;
}

/** Who can be written to (canReceiveMessages), over the users table. */
export const membersReceivingMessages: SQL = listedMember(memberColumns);

/** What a profile shows (topics, write-ups, adoptions, events attended) is for verified members, as the directory is. */
export function canSeeMemberActivity(viewer: Viewer | null): boolean {
  return Boolean(viewer?.verified);
}

/** Moderators and admins review accounts, so they also open the profiles of members not (yet) verified. */
export function canOpenAnyProfile(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

/**
 * Whose profile a viewer opens, finds by handle and follows: a verified viewer opens listed
 * members' profiles, and one who reviews accounts any active member's; visitors and unverified
 * members open none. canOpenProfile is the rule for one row.
 */
function openableProfile(viewer: Viewer | null, m: MemberTerms): SQL {
  if (!canSeeMemberActivity(viewer)) return sql`false`;
  return canOpenAnyProfile(viewer) ? m.active : listedMember(m);
}

export function openableProfiles(viewer: Viewer | null): SQL {
  return openableProfile(viewer, memberColumns);
}

export function canOpenProfile(viewer: Viewer | null, user: Pick<User, 'verification' | 'disabledAt'>): boolean {
  if (!canSeeMemberActivity(viewer)) return false;
  return canOpenAnyProfile(viewer) ? !user.disabledAt : isListedMember(user);
}

/**
 * A department's e-mail domains and invitations: its verified chief, and admins. (Moderators verify
 * members one by one; choosing who joins a department wholesale is the department's own decision.)
 */
export function canManagePeople(viewer: Viewer | null, departmentId: string): boolean {
  return Boolean(viewer && (viewer.role === 'ADMIN' || isChiefOf(viewer, departmentId)));
}

export function requirePeopleManager(viewer: Viewer | null, departmentId: string): Viewer {
  const v = requireViewer(viewer);
  if (!canManagePeople(v, departmentId)) {
    throw clientError('FORBIDDEN', "Only the department's chief and administrators manage its e-mail domains and invitations.");
  }
  return privileged(v);
}

/** A department's profile (description, website, size): its own chief, or an admin. */
export function canEditDepartment(viewer: Viewer | null, departmentId: string): boolean {
  return Boolean(viewer && (isChiefOf(viewer, departmentId) || viewer.role === 'ADMIN'));
}

/**
 * A move to another department is decided by that department's chief; an admin decides for a
 * department that has no verified chief (hasActingChief over `chiefs`, the department's chiefs or members).
 */
export function canDecideDepartmentMove(viewer: Viewer | null, toDepartmentId: string, chiefs: readonly MemberRef[]): boolean {
  return Boolean(viewer && (isChiefOf(viewer, toDepartmentId) || (viewer.role === 'ADMIN' && !hasActingChief(toDepartmentId, chiefs))));
}

/** A hidden write-up, comment or message, and why it was hidden: for moderators and for its author. */
export function canSeeHidden(viewer: Viewer | null, item: { authorId: string | null }): boolean {
  return Boolean(viewer && (isStaff(viewer) || item.authorId === viewer.id));
}

/** A comment shows unless deleted; hidden, only to moderators and its author. */
export function canSeeComment(
  viewer: Viewer | null,
  comment: { authorId: string | null; deletedAt: Date | null; hiddenAt: Date | null },
): boolean {
  return !comment.deletedAt && (!comment.hiddenAt || canSeeHidden(viewer, comment));
}

/**
 * Who receives a comment live (the commentAdded subscription), asked at every comment as it comes:
 * whoever may see the write-up at that moment, and, when the comment is hidden, only moderators and
 * its author. (Sessions that ended are cut off before this is asked.)
 */
export function receivesLiveComment(
  viewer: Viewer | null,
  practice: PracticeRef,
  comment: { authorId: string | null; hiddenAt: Date | null },
): boolean {
  return canSeePractice(viewer, practice) && (!comment.hiddenAt || canSeeHidden(viewer, comment));
}

/**
 * What is new in a thread (a question's answers, a write-up's discussion) for a signed-in member:
 * what others posted since the member last opened it, and everyone may read (neither hidden nor
 * deleted). Nothing is new in a thread the member never opened: it is unread as a whole, and its
answer or comment count says so already (marking every item of it "new" told a new member nothing).
Visitors keep no reads. In SQL for counts over
 * a page of threads; isNewInThread is its form for one row in memory.
 */
export function keepsThreadReads(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null;
}

export function newInThread(
  viewer: Viewer,
  item: { authorId: SQL | Column; createdAt: SQL | Column; hiddenAt: SQL | Column; deletedAt?: SQL | Column },
  lastReadAt: SQL | Column,
): SQL {
  const deleted = item.deletedAt ? sql` and ${item.deletedAt} is null` : sql``;
  return sql`(${item.hiddenAt} is null${deleted} and ${item.authorId} is distinct from ${viewer.id}::uuid
    and ${lastReadAt} is not null and ${item.createdAt} > ${lastReadAt})`;
}

export function isNewInThread(
  viewer: Viewer | null,
  item: { authorId: string | null; createdAt: Date; hiddenAt: Date | null; deletedAt?: Date | null },
  lastReadAt: Date | null,
): boolean {
  if (!keepsThreadReads(viewer) || item.hiddenAt || item.deletedAt || item.authorId === viewer.id) return false;
  return lastReadAt !== null && item.createdAt > lastReadAt;
}

/** A member's suspension: for moderators and for the member. */
export function canSeeSuspension(viewer: Viewer | null, member: Pick<User, 'id'>): boolean {
  return Boolean(viewer && (isStaff(viewer) || viewer.id === member.id));
}

/** The moderation record of a thing (its flags, decisions, earlier versions): moderators only. */
export function canReviewModeration(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

/** Case studies before or after their dates: moderators, who schedule them; everyone else sees the current ones. */
export function canSeeInactiveFeatures(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

/**
 * What may be flagged: a published write-up the viewer sees, or a live comment on one they see;
 * never one's own.
 */
export function canFlagPractice(viewer: Viewer | null, practice: PracticeRef): boolean {
  return canSeePractice(viewer, practice) && practice.status === 'PUBLISHED';
}

export function isOwnContent(viewer: Viewer, item: { authorId: string | null }): boolean {
  return item.authorId === viewer.id;
}

/** Only verified members' flags count toward hiding a thing before a moderator looks. */
export function flagCountsTowardHiding(viewer: Viewer): boolean {
  return viewer.verified;
}

/**
 * The same rule over the users table, for the flaggers of the open flags counted: verified, and
 * still active (a disabled account's flags no longer count).
 */
export const flaggersCountingTowardHiding: SQL = sql`(${memberColumns.verified} and ${memberColumns.active})`;

/** Moderators read a removed message's text to review it; participants see it removed. */
export function canReviewMessages(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

/**
 * When a message's words are withheld (its text and HTML read empty, the message shown as removed):
 * once it is removed, for everyone but the moderators reviewing it, to whom the flag queue hands it
 * marked `reviewing` (canReviewMessages).
 */
export function withholdsMessageText(message: { hiddenAt: Date | null; reviewing?: boolean }): boolean {
  return Boolean(message.hiddenAt && !message.reviewing);
}

/** The messages a participant is counted as not having read: from someone else, and not removed (removed ones are not news). */
export function countsAsUnreadMessage(readerId: string): SQL {
  return sql`(${messages.senderId} is distinct from ${readerId} and ${messages.hiddenAt} is null)`;
}

/** A participant who may write reports someone else's message, once, while it is not removed. */
export function canReportMessage(
  viewer: Viewer | null,
  message: { senderId: string | null; hiddenAt: Date | null },
  participant: boolean,
  alreadyReported: boolean,
): boolean {
  return couldReportMessage(viewer, message) && participant && !alreadyReported;
}

/** canReportMessage before asking whether the viewer takes part and reported it already: what is worth asking the database about. */
export function couldReportMessage(viewer: Viewer | null, message: { senderId: string | null; hiddenAt: Date | null }): boolean {
  return Boolean(viewer && canSendMessages(viewer) && message.senderId !== viewer.id && !message.hiddenAt);
}

/** Whose pending members a manager reviews: moderators everyone's ('all'), a verified chief their department's, others none. */
export function pendingMembersScope(viewer: Viewer | null): 'all' | { departmentId: string } | null {
  if (isStaff(viewer)) return 'all';
  if (viewer && isChiefOf(viewer, viewer.departmentId)) return { departmentId: viewer.departmentId! };
  return null;
}

/** A department's write-ups waiting in review: counted for its verified chief. */
export function reviewsFor(viewer: Viewer | null): string | null {
  return viewer && isChiefOf(viewer, viewer.departmentId) ? viewer.departmentId : null;
}

/** A moderator who verifies a member vouches for the member's department too; a chief's department is already known. */
export function approvalVerifiesDepartment(viewer: Viewer): boolean {
  return isStaff(viewer);
}

/**
 * Unpublished write-ups a member is shown for their department: all of them for its verified chief
 * (`'department'`), their own for another verified member (`'own'`), none otherwise.
 */
export function unpublishedScope(viewer: Viewer): 'department' | 'own' | null {
  if (!viewer.departmentId || !viewer.verified) return null;
  return isChiefOf(viewer, viewer.departmentId) ? 'department' : 'own';
}

/** Which move requests a viewer decides: their department's as its chief, those to departments without a chief as an admin. */
export function departmentMovesScope(viewer: Viewer): { departmentId: string } | 'withoutChief' | null {
  if (isChiefOf(viewer, viewer.departmentId)) return { departmentId: viewer.departmentId! };
  if (viewer.role === 'ADMIN') return 'withoutChief';
  return null;
}

/** Moderators remove any debrief, even one they could not read. */
export function canRemoveAnyDebrief(viewer: Viewer): boolean {
  return isStaff(viewer);
}

/** Direct messages are among verified members: only they have conversations to read. */
export function hasConversations(viewer: Viewer): boolean {
  return viewer.verified;
}

/**
 * Questions to the network are read by the rule of write-ups, as a write-up that is always
 * published: not hidden, and PUBLIC unless the reader is verified; its asker always reads it,
 * moderators read a hidden one to review it. One rule, in SQL over the same terms.
 */
export interface QuestionTerms {
  authorId: SQL;
  departmentId: SQL;
  visibility: SQL;
  hiddenAt: SQL;
}

/** A questions alias's columns as question terms: `questionAliasTerms('q')`. */
export function questionAliasTerms(alias: string): QuestionTerms {
  const a = sql.raw(alias);
  return {
    authorId: sql`${a}.author_id`,
    departmentId: sql`${a}.department_id`,
    visibility: sql`${a}.visibility`,
    hiddenAt: sql`${a}.hidden_at`,
  };
}

const questionColumns: QuestionTerms = {
  authorId: sql`${questions.authorId}`,
  departmentId: sql`${questions.departmentId}`,
  visibility: sql`${questions.visibility}`,
  hiddenAt: sql`${questions.hiddenAt}`,
};

const asPublished = (q: QuestionTerms): PracticeTerms => ({ ...q, status: sql`'PUBLISHED'` });

/** In lists, counts and search: not hidden, and PUBLIC unless the viewer is verified. */
export function visibleQuestions(viewer: Viewer | null): SQL {
  return listedPractice(viewer ? viewerTerms(viewer) : null, asPublished(questionColumns));
}

/** Opened by id: listed, the viewer's own, or hidden and under a moderator's review. */
export function readableQuestions(viewer: Viewer | null): SQL {
  return openablePractice(viewer ? viewerTerms(viewer) : null, asPublished(questionColumns));
}

/** The same rule over a users alias `u` and a questions alias `q`, for fan-out (no moderator hears of a hidden question). */
export const recipientCanSeeQuestion = openablePractice(usersAliasTerms('u'), asPublished(questionAliasTerms('q')), false);

type QuestionRef = Pick<Question, 'authorId' | 'departmentId' | 'visibility' | 'hiddenAt'>;

export function canSeeQuestion(viewer: Viewer | null, question: QuestionRef): boolean {
  if (viewer && question.authorId === viewer.id) return true;
  if (question.hiddenAt) return isStaff(viewer);
  return question.visibility === 'PUBLIC' || Boolean(viewer?.verified);
}

/** Verified members, not suspended, ask and answer. */
export function canTakePartInQuestions(viewer: Viewer | null): boolean {
  return Boolean(viewer?.verified && !viewer.suspended);
}

/** A question takes answers while it is neither locked nor hidden. */
export function questionOpen(question: Pick<Question, 'lockedAt' | 'hiddenAt'>): boolean {
  return !question.lockedAt && !question.hiddenAt;
}

/**
 * The chief of the answering department turns an accepted answer into a write-up draft of their
 * department: the field's answer, written up where it is searched for.
 */
export function canDraftFromAnswer(
  viewer: Viewer | null,
  answer: Pick<Answer, 'id' | 'departmentId' | 'hiddenAt'>,
  question: Pick<Question, 'acceptedAnswerId'>,
): boolean {
  return isChiefOf(viewer, answer.departmentId) && !viewer!.suspended && !answer.hiddenAt && question.acceptedAnswerId === answer.id;
}

/** The asker edits their question; the author edits their answer. */
export function canEditQuestion(viewer: Viewer | null, question: Pick<Question, 'authorId'>): boolean {
  return Boolean(viewer && question.authorId === viewer.id && canTakePartInQuestions(viewer));
}

/** The asker, or a moderator, accepts an answer. */
export function canAcceptAnswer(viewer: Viewer | null, question: Pick<Question, 'authorId'>): boolean {
  return Boolean(viewer && (question.authorId === viewer.id || isStaff(viewer)));
}

/** The same for an answer: its author edits it. */
export const canEditAnswer = canEditQuestion;

/**
 * What may be flagged among questions and answers: what the viewer reads, that shows (a hidden
 * one is already before the moderators), and that they did not write.
 */
export function canFlagQuestionOrAnswer(viewer: Viewer | null, item: { authorId: string | null; hiddenAt: Date | null }): boolean {
  return Boolean(viewer && !item.hiddenAt && item.authorId !== viewer.id);
}

/** Moderators lock, hide and restore questions and answers. */
export function canModerateQuestions(viewer: Viewer | null): boolean {
  return isStaff(viewer);
}

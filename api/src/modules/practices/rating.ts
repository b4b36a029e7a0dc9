// The evidence rating of a write-up: the one stated rule, and the words that explain it on the page.
//
// The rule, in the order it is applied:
//   1. Anecdotal evidence                                   → INSUFFICIENT_EVIDENCE
//   2. No outcome row that can be judged (below)            → INSUFFICIENT_EVIDENCE
//   3. Some judged rows improved and some got worse         → MIXED
//   4. None got worse, some improved, and the evidence is
//      an external evaluation or a rigorous study          → EFFECTIVE
//      the department's own data                           → PROMISING
//   5. None improved (they got worse or did not change)     → NO_EFFECT
//
// An outcome row is judged when it says which way is better and its change is known: from its
// "before" figure to its "after" figure, or, without a "before", its "after" when that is given in
// % (a reported change, such as "−34 %"). A change smaller than 5 % of the "before" figure counts
// as no change. A moderator's editorial rating, with its reason, takes the place of the rule.
import type { EvidenceLevel, EvidenceRating, OutcomeDirection, RatingSource } from '@muster/db/labels';
import { EVIDENCE_LABELS } from '@muster/db/labels';

/** The parts of an outcome row the rule reads. */
export interface RatedOutcome {
  metric: string;
  baseline: number | null;
  result: number;
  unit: string;
  direction: OutcomeDirection | null;
}

export type OutcomeChange = 'GOOD' | 'BAD' | 'NONE';

/** Changes smaller than this share of the "before" figure are read as no change. */
export const noChangeBelow = 0.05;

/** Whether a row's figure moved the better way, the worse way or not at all; null when the row cannot be judged. */
export function changeOf(outcome: RatedOutcome): OutcomeChange | null {
  if (!outcome.direction) return null;
  let delta: number;
  if (outcome.baseline != null) {
    delta = outcome.result - outcome.baseline;
    const scale = Math.abs(outcome.baseline);
    if (scale === 0 ? delta === 0 : Math.abs(delta) < noChangeBelow * scale) return 'NONE';
  } else if (outcome.unit.trim() === '%') {
    delta = outcome.result;
    if (Math.abs(delta) < noChangeBelow * 100) return 'NONE';
  } else {
    return null;
  }
  const better = outcome.direction === 'LOWER_IS_BETTER' ? delta < 0 : delta > 0;
  return better ? 'GOOD' : 'BAD';
}

export interface Rating {
  rating: EvidenceRating;
  reason: string;
  source: RatingSource;
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
const quoted = (outcomes: RatedOutcome[]) => list(outcomes.map((o) => `“${o.metric}”`));
const rows = (n: number) => (n === 1 ? 'one outcome' : `${n} outcomes`);

/** The rating the rule gives, with a plain-English reason built from the same branches. */
export function deriveRating(evidenceLevel: EvidenceLevel, outcomes: RatedOutcome[]): Rating {
  const derived = (rating: EvidenceRating, reason: string): Rating => ({ rating, reason, source: 'DERIVED' });
  const level = EVIDENCE_LABELS[evidenceLevel].label.toLowerCase();
  if (evidenceLevel === 'ANECDOTAL') {
    return derived(
      'INSUFFICIENT_EVIDENCE',
      'The evidence is anecdotal: the experience of the people who run it, without figures collected to show an effect.',
    );
  }
  const judged = outcomes.map((o) => ({ outcome: o, change: changeOf(o) })).filter((j) => j.change !== null);
  if (judged.length === 0) {
    return derived(
      'INSUFFICIENT_EVIDENCE',
      outcomes.length === 0
        ? 'The write-up gives no outcome figures to judge.'
        : 'No outcome row gives both a change (a “before” figure, or a change in %) and whether lower or higher is better, so there is nothing to judge.',
    );
  }
  const good = judged.filter((j) => j.change === 'GOOD').map((j) => j.outcome);
  const bad = judged.filter((j) => j.change === 'BAD').map((j) => j.outcome);
  const none = judged.filter((j) => j.change === 'NONE').map((j) => j.outcome);
  const unchanged = none.length ? ` ${quoted(none)} did not change by 5 % or more.` : '';
  if (good.length && bad.length) {
    return derived('MIXED', `Of ${rows(judged.length)} judged, ${quoted(good)} improved but ${quoted(bad)} got worse.${unchanged}`);
  }
  if (good.length) {
    const improved = `${quoted(good)} improved and none got worse.${unchanged}`;
    if (evidenceLevel === 'INTERNAL_DATA') {
      return derived('PROMISING', `${improved} The figures are the department’s own (internal data), not yet independently evaluated.`);
    }
    return derived('EFFECTIVE', `${improved} The evidence is ${evidenceLevel === 'RIGOROUS_STUDY' ? 'a' : 'an'} ${level}.`);
  }
  const judgedRows = judged.length === 1 ? 'The one outcome judged' : `None of the ${judged.length} outcomes judged`;
  return derived(
    'NO_EFFECT',
    bad.length
      ? `${judged.length === 1 ? `${judgedRows} did not improve` : `${judgedRows} improved`}: ${quoted(bad)} got worse.${unchanged}`
      : `${judgedRows} ${judged.length === 1 ? 'did not change' : 'changed'} by 5 % or more.`,
  );
}

/** A write-up's rating: the moderator's editorial one when set, otherwise the rule's. */
export function ratingOf(
  practice: { evidenceLevel: EvidenceLevel; editorialRating: EvidenceRating | null; editorialRatingReason: string | null },
  outcomes: RatedOutcome[],
): Rating {
  if (practice.editorialRating) {
    return { rating: practice.editorialRating, reason: practice.editorialRatingReason ?? '', source: 'EDITORIAL' };
  }
  return deriveRating(practice.evidenceLevel, outcomes);
}

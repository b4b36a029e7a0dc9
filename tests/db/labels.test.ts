import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as labels from '@muster/db/labels';
import {
  adoptionStatus,
  agencyType,
  evidenceLevel,
  evidenceRating,
  lifecycle,
  outcomeDirection,
  practiceStatus,
  resourceKind,
  userRole,
  verificationState,
  visibility,
} from '@muster/db/schema';

const apiSource = fileURLToPath(new URL('../../api/src/', import.meta.url));

/** Every enum the GraphQL schema declares, with its values in order. */
function graphqlEnums(): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  const files = readdirSync(apiSource, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql'));
  for (const file of files) {
    const sdl = readFileSync(apiSource + file, 'utf8')
      .replace(/"""[\s\S]*?"""/g, '')
      .replace(/"[^"\n]*"/g, '')
      .replace(/#.*$/gm, '');
    for (const [, name, body] of sdl.matchAll(/enum\s+(\w+)\s*\{([^}]*)\}/g)) enums.set(name!, body!.match(/\w+/g) ?? []);
  }
  return enums;
}

describe('one list of enum values for the database, the API and the pages', () => {
  const enums = graphqlEnums();
  const shared: [string, readonly string[], readonly string[]][] = [
    ['AgencyType', labels.AGENCY_TYPES, agencyType.enumValues],
    ['Role', labels.ROLES, userRole.enumValues],
    ['VerificationState', labels.VERIFICATION_STATES, verificationState.enumValues],
    ['PracticeStatus', labels.PRACTICE_STATUSES, practiceStatus.enumValues],
    ['Visibility', labels.VISIBILITY_VALUES, visibility.enumValues],
    ['Lifecycle', labels.LIFECYCLES, lifecycle.enumValues],
    ['EvidenceLevel', labels.EVIDENCE_LEVELS, evidenceLevel.enumValues],
    ['ResourceKind', labels.RESOURCE_KINDS, resourceKind.enumValues],
    ['AdoptionStatus', labels.ADOPTION_STATUSES, adoptionStatus.enumValues],
    ['SizeBand', labels.SIZE_BANDS, labels.SIZE_BANDS],
    ['OutcomeDirection', labels.OUTCOME_DIRECTIONS, outcomeDirection.enumValues],
    ['EvidenceRating', labels.EVIDENCE_RATINGS, evidenceRating.enumValues],
    ['RatingSource', labels.RATING_SOURCES, labels.RATING_SOURCES],
  ];

  it.each(shared)('%s has the same values in the GraphQL schema, the database and the labels module', (name, values, dbValues) => {
    expect(enums.get(name), `enum ${name} in api/src/**/*.graphql`).toBeDefined();
    expect([...enums.get(name)!].sort()).toEqual([...values].sort());
    expect([...dbValues]).toEqual([...values]);
  });

  it('gives every value a label', () => {
    expect(Object.keys(labels.AGENCY_TYPE_LABELS).sort()).toEqual([...labels.AGENCY_TYPES].sort());
    expect(Object.keys(labels.EVIDENCE_LABELS).sort()).toEqual([...labels.EVIDENCE_LEVELS].sort());
    expect(Object.keys(labels.LIFECYCLE_LABELS).sort()).toEqual([...labels.LIFECYCLES].sort());
    expect(Object.keys(labels.ADOPTION_STATUS_LABELS).sort()).toEqual([...labels.ADOPTION_STATUSES].sort());
    expect(Object.keys(labels.OUTCOME_DIRECTION_LABELS).sort()).toEqual([...labels.OUTCOME_DIRECTIONS].sort());
    expect(Object.keys(labels.EVIDENCE_RATING_LABELS).sort()).toEqual([...labels.EVIDENCE_RATINGS].sort());
  });
});

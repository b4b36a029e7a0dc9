// The choices only the write-up form offers (who can read it, its stage, the kinds of resource),
// kept apart from practice-form-values.ts so that pages showing a write-up or an adoption form do
// not download them. Their values and words are the ones the API shares (@muster/db/labels).
import {
  LIFECYCLE_LABELS,
  LIFECYCLES as LIFECYCLE_VALUES,
  RESOURCE_KINDS,
  VISIBILITY_LABELS,
  type Lifecycle,
  type Visibility,
} from '@muster/db/labels';

/** Members only first: publishing to the world is a decision. */
export const VISIBILITIES: readonly { value: Visibility; label: string; description: string }[] = (['MEMBERS', 'PUBLIC'] as const).map(
  (value) => ({ value, ...VISIBILITY_LABELS[value] }),
);

export const LIFECYCLES: readonly { value: Lifecycle; label: string; description: string }[] = LIFECYCLE_VALUES.map((value) => ({
  value,
  ...LIFECYCLE_LABELS[value],
}));

export { RESOURCE_KINDS };

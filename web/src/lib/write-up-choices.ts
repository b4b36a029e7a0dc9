// The choices only the write-up form offers (who can read it, its stage, the kinds of resource),
// kept apart from practice-form-values.ts so that pages showing a write-up or an adoption form do
// not download them.
import type { Lifecycle, ResourceKind, Visibility } from './types';

export const VISIBILITIES: readonly { value: Visibility; label: string; description: string }[] = [
  {
    value: 'MEMBERS',
    label: 'Verified members only',
    description: 'People Muster has confirmed work in or with a law-enforcement agency. Not visible to the public.',
  },
  {
    value: 'PUBLIC',
    label: 'Anyone',
    description: 'Also residents, journalists and researchers, without signing in. Leave out anything you would not publish.',
  },
];

export const LIFECYCLES: readonly { value: Lifecycle; label: string; description: string }[] = [
  { value: 'PILOT', label: 'Pilot', description: 'A trial, limited in time, place or staff.' },
  { value: 'RUNNING', label: 'Running', description: 'Part of how the department works.' },
  { value: 'SCALED', label: 'Scaled up', description: 'Grown beyond where it started.' },
  { value: 'DISCONTINUED', label: 'Discontinued', description: 'Stopped; say why below.' },
];

export const RESOURCE_KINDS: readonly ResourceKind[] = ['LINK', 'VIDEO', 'DOCUMENT'];

import type { EventKind } from '../../schema/events.ts';

export interface DemoEvent {
  slug: string;
  name: string;
  kind: EventKind;
  host: string;
  /** A fixed day for a past event; for an upcoming one, days from the day the demo is loaded. */
  startsOn: string | { inDays: number };
  days: number;
  online: boolean;
  location: string;
  url: string | null;
  description: string;
  topics: string[];
}

/**
 * Past events are real (from the shared fact sheet; where it gives only the month, the first of
 * the month stands in and the description says so). Upcoming ones are illustrative, named "Demo:",
 * and dated from the day the demo data is loaded so they stay upcoming.
 */
export const demoEvents: DemoEvent[] = [
  {
    slug: 'cpca-training-symposium-2013',
    name: 'CPCA 36th Annual Training Symposium',
    kind: 'SYMPOSIUM',
    host: 'California Police Chiefs Association',
    startsOn: '2013-02-01',
    days: 1,
    online: false,
    location: 'Palm Springs, California',
    url: null,
    description:
      'The California Police Chiefs Association’s yearly training symposium; the 36th was held in Palm Springs in February 2013 (the exact days are not recorded here).',
    topics: ['procedural-justice', 'community-policing'],
  },
  {
    slug: 'ca-doj-principled-policing-sacramento-2015',
    name: 'Principled Policing course (Sacramento)',
    kind: 'TRAINING',
    host: 'California Department of Justice',
    startsOn: '2015-11-01',
    days: 1,
    online: false,
    location: 'Sacramento, California',
    url: null,
    description:
      'A one-day course on procedural justice and implicit bias for law-enforcement executives, given in Sacramento and Los Angeles in November 2015 (the exact day is not recorded here).',
    topics: ['procedural-justice', 'training'],
  },
  {
    slug: 'ca-doj-principled-policing-los-angeles-2015',
    name: 'Principled Policing course (Los Angeles)',
    kind: 'TRAINING',
    host: 'California Department of Justice',
    startsOn: '2015-11-01',
    days: 1,
    online: false,
    location: 'Los Angeles, California',
    url: null,
    description: 'The Los Angeles session of the one-day Principled Policing course, November 2015 (the exact day is not recorded here).',
    topics: ['procedural-justice', 'training'],
  },
  {
    slug: 'demo-cit-training-week',
    name: 'Demo: Crisis Intervention Team 40-hour training week',
    kind: 'TRAINING',
    host: 'Demo: Riverbend Police Department',
    startsOn: { inDays: 24 },
    days: 5,
    online: false,
    location: 'Riverbend Public Safety Training Center',
    url: null,
    description:
      'An illustrative CIT training week in the Memphis model: 40 hours with mental-health partners, scenario practice and ride-alongs with the crisis team.',
    topics: ['crisis-intervention-mental-health', 'training'],
  },
  {
    slug: 'demo-co-responder-conference',
    name: 'Demo: Co-responder and alternative response conference',
    kind: 'CONFERENCE',
    host: 'Demo: Regional chiefs’ association',
    startsOn: { inDays: 61 },
    days: 2,
    online: false,
    location: 'Denver, Colorado',
    url: null,
    description:
      'An illustrative two-day conference on clinician co-responders, civilian crisis teams and how dispatch routes calls to them.',
    topics: ['crisis-intervention-mental-health', 'community-policing'],
  },
  {
    slug: 'demo-procedural-justice-webinar',
    name: 'Demo: Procedural justice for first-line supervisors (online)',
    kind: 'TRAINING',
    host: 'Demo: State police academy',
    startsOn: { inDays: 12 },
    days: 1,
    online: true,
    location: '',
    url: null,
    description: 'An illustrative half-day online session for sergeants on fair process in everyday stops and complaints.',
    topics: ['procedural-justice', 'training'],
  },
];

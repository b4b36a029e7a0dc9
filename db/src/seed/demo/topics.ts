import type { SeedTopic } from '../types.ts';

/** The topic taxonomy; slugs are relied on by tests and other code, keep them stable. */
export const demoTopics: SeedTopic[] = [
  {
    slug: 'crisis-intervention-mental-health',
    name: 'Crisis intervention & mental health',
    description:
      'Responding to people in mental-health or behavioural-health crisis, from Crisis Intervention Teams to co-responder and civilian response models.',
  },
  {
    slug: 'community-policing',
    name: 'Community policing',
    description:
      'Building working partnerships with residents, businesses and community organisations to solve neighbourhood problems together.',
  },
  {
    slug: 'procedural-justice',
    name: 'Procedural justice',
    description: 'Treating people with fairness, voice, neutrality and respect so that the public sees police authority as legitimate.',
  },
  {
    slug: 'implicit-bias',
    name: 'Implicit bias',
    description:
      'Recognising and reducing the influence of unconscious bias on officers’ decisions, through training, policy and data review.',
  },
  {
    slug: 'de-escalation-use-of-force',
    name: 'De-escalation & use of force',
    description: 'Policy, training and review practices that slow encounters down and reduce the need for force.',
  },
  {
    slug: 'substance-use-diversion',
    name: 'Substance use & diversion',
    description:
      'Overdose response and pre-arrest or pre-booking diversion of people with substance-use needs to treatment and case management.',
  },
  {
    slug: 'youth',
    name: 'Youth',
    description: 'Programs for young people: outreach, mentoring, school partnerships, cadet and youth academies, and diversion.',
  },
  {
    slug: 'victim-services',
    name: 'Victim services',
    description: 'Supporting victims and survivors of crime through advocacy, notification, referrals and trauma-informed investigation.',
  },
  {
    slug: 'officer-wellness',
    name: 'Officer wellness',
    description:
      'Physical, mental and financial health of sworn and civilian staff, including peer support, chaplaincy and early intervention.',
  },
  {
    slug: 'recruitment-retention',
    name: 'Recruitment & retention',
    description: 'Attracting, hiring and keeping qualified officers and civilian staff who reflect the community they serve.',
  },
  {
    slug: 'training',
    name: 'Training',
    description: 'Academy, field and in-service training design, delivery and evaluation, including train-the-trainer models.',
  },
  {
    slug: 'technology',
    name: 'Technology',
    description: 'Body-worn cameras, analytics, drones, records systems and other tools, with the policies that govern their use.',
  },
  {
    slug: 'traffic-safety',
    name: 'Traffic safety',
    description: 'Reducing crashes, injuries and deaths on the road through engineering partnerships, education and enforcement.',
  },
  {
    slug: 'budget-staffing',
    name: 'Budget & staffing',
    description: 'Funding, grants, deployment and workload: how agencies pay for programs and put people where the calls are.',
  },
  {
    slug: 'violence-reduction',
    name: 'Violence reduction',
    description: 'Strategies against serious violence, such as focused deterrence, group violence intervention and violence interruption.',
  },
  {
    slug: 'problem-oriented-policing',
    name: 'Problem-oriented policing',
    description:
      'Analysing recurring problems with the SARA model (scanning, analysis, response, assessment) and tailoring responses to their causes.',
  },
  {
    slug: 'hot-spots-policing',
    name: 'Hot-spots policing',
    description: 'Concentrating patrol and problem-solving on the small places where crime clusters, and measuring the effect.',
  },
];

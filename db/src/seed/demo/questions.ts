import type { SeedQuestion } from '../types.ts';

/**
 * Demo questions to the network and their answers. The people are the demo departments' accounts;
 * figures in answers from fictional ("Demo:") departments are illustrative. One accepted answer
 * was written up: `writtenUpAs` names the write-up drafted from it.
 */
export const demoQuestions: SeedQuestion[] = [
  {
    title: 'How do you start a peer support team when every officer knows everyone?',
    details: `We are 15 sworn. Confidentiality worries people more than anything: in a department this size, any referral is noticed.

What did you put in policy first, and did you use an outside clinician?`,
    asker: { role: 'chief', department: 'demo-lakeshore-tribal-pd' },
    topics: ['officer-wellness'],
    visibility: 'MEMBERS',
    askedOn: '2026-01-12',
    answers: [
      {
        by: { role: 'chief', department: 'demo-riverbend-pd' },
        body: `Write the confidentiality rules into policy, with the union at the table, **before** the first contact. Ours say what a peer supporter never writes down and when they must refer.

Then make contact automatic after a critical incident, so nobody has to ask. That removed most of the stigma for us.

We contract a police psychologist for referrals; a small department can share one with a neighbour.`,
        afterHours: 20,
        helpfulFrom: ['demo-cedar-county-so', 'eugene-pd', 'demo-northfield-transit-pd'],
        accepted: { note: 'The automatic call-out is what we will copy first.' },
        writtenUpAs: 'demo-riverbend-peer-support-team',
      },
      {
        by: { role: 'member', department: 'demo-cedar-county-so' },
        body: 'Our chaplains fill part of this gap for deputies; people who would never call a counsellor will talk to them.',
        afterHours: 46,
        helpfulFrom: ['demo-lakeshore-tribal-pd'],
        replies: [
          {
            by: { role: 'chief', department: 'demo-lakeshore-tribal-pd' },
            body: 'We have elders who already do this informally. Good thought.',
          },
        ],
      },
    ],
  },
  {
    title: 'Has a rural sheriff’s office run a co-responder program without a hospital partner?',
    details: `The nearest hospital with a psychiatric unit is 90 minutes away. What did it cost, who employed the clinician, and did you use telehealth for the overnight hours?`,
    asker: { role: 'chief', department: 'demo-cedar-county-so' },
    topics: ['crisis-intervention-mental-health', 'budget-staffing'],
    visibility: 'MEMBERS',
    likeMine: true,
    askedOn: '2026-05-04',
    answers: [
      {
        by: { role: 'member', department: 'eugene-pd' },
        body: `Not a sheriff's office, but CAHOOTS in Eugene is run by a community clinic, not a hospital. The clinic employs the medic and crisis worker; we dispatch them.

/practices/eugene-cahoots`,
        afterHours: 6,
        helpfulFrom: ['demo-cedar-county-so', 'demo-lakeshore-tribal-pd'],
      },
      {
        by: { role: 'chief', department: 'demo-northfield-transit-pd' },
        body: 'We pair officers with county social workers, paid from the county’s behavioral health budget; a hospital was never involved.',
        afterHours: 30,
      },
    ],
  },
  {
    title: 'What did your first year of body-worn cameras cost beyond the cameras themselves?',
    details:
      'Storage, redaction staff, records requests: we budgeted for the hardware and were surprised by everything else. What surprised you?',
    asker: { role: 'chief', department: 'demo-riverbend-pd' },
    topics: ['technology', 'budget-staffing'],
    visibility: 'PUBLIC',
    askedOn: '2026-06-15',
    answers: [
      {
        by: { role: 'chief', department: 'demo-saguaro-valley-pd' },
        body: `Redaction. We hired two records technicians in the first year, which cost more than the cameras. Storage was predictable once we fixed retention by category.

/practices/demo-saguaro-valley-body-worn-cameras`,
        afterHours: 4,
        helpfulFrom: ['demo-riverbend-pd', 'high-point-pd', 'eugene-pd', 'stockton-pd'],
        accepted: { note: 'The redaction staffing figure is what our council needs to see.' },
      },
      {
        by: { role: 'member', department: 'oakland-pd' },
        body: 'Training supervisors to review footage for coaching, not just complaints. Budget the hours.',
        afterHours: 52,
        helpfulFrom: ['demo-saguaro-valley-pd'],
      },
    ],
  },
  {
    title: 'Which early intervention indicators actually predicted problems in your department?',
    details: 'Use-of-force counts alone flagged our busiest, best officers. What combination worked?',
    asker: { role: 'member', department: 'stockton-pd' },
    topics: ['officer-wellness', 'de-escalation-use-of-force'],
    visibility: 'MEMBERS',
    askedOn: '2026-07-02',
    answers: [
      {
        by: { role: 'chief', department: 'demo-riverbend-pd' },
        body: `We weigh force by calls handled and add sick-day patterns and missed court dates. The check-in is supportive, not disciplinary, and that is why officers accept it.

/practices/demo-riverbend-early-intervention-system`,
        afterHours: 12,
        helpfulFrom: ['stockton-pd', 'philadelphia-pd'],
      },
    ],
  },
  {
    title: 'How did you get dispatchers to send non-police calls to a crisis team?',
    details: 'Our call-takers default to sending an officer "to be safe". What protocol or training changed that?',
    asker: { role: 'chief', department: 'denver-pd' },
    topics: ['crisis-intervention-mental-health'],
    visibility: 'PUBLIC',
    askedOn: '2026-08-20',
    answers: [
      {
        by: { role: 'chief', department: 'eugene-pd' },
        body: 'Written call-type criteria in the CAD, reviewed monthly with the dispatch supervisors, and a standing rule that the crisis team may ask for police backup at any time. Trust came from that rule.',
        afterHours: 8,
        helpfulFrom: ['denver-pd', 'seattle-pd', 'demo-cedar-county-so'],
        accepted: { note: 'The backup rule answers the objection we hear most.' },
      },
    ],
  },
  {
    title: 'Do school resource officers need different de-escalation training than patrol?',
    details: '',
    asker: { role: 'member', department: 'demo-saguaro-valley-pd' },
    topics: ['youth', 'de-escalation-use-of-force', 'training'],
    visibility: 'MEMBERS',
    askedOn: '2026-09-09',
    answers: [
      {
        by: { role: 'member', department: 'demo-lakeshore-tribal-pd' },
        body: 'Yes: adolescent development and trauma. We added a day to ICAT scenarios with school staff playing the roles.',
        afterHours: 26,
        helpfulFrom: ['demo-saguaro-valley-pd'],
      },
    ],
  },
  {
    title: 'What retention bonus structure kept officers past year three?',
    details:
      'Signing bonuses brought people in; we lose them at about three years. Did step pay, a year-three bonus or schedule changes work better?',
    asker: { role: 'chief', department: 'high-point-pd' },
    topics: ['recruitment-retention', 'budget-staffing'],
    visibility: 'MEMBERS',
    states: ['NC', 'VA'],
    askedOn: '2026-09-30',
    answers: [
      {
        by: { role: 'chief', department: 'demo-northfield-transit-pd' },
        body: 'Schedule. Moving to a compressed four-day week cut our year-three departures more than any bonus we tried.',
        afterHours: 15,
        helpfulFrom: ['high-point-pd'],
      },
    ],
  },
  {
    title: 'Has anyone measured whether procedural justice training changed complaints?',
    details:
      'We ran the course for every officer in 2024. Our complaint numbers moved, but so did everything else. How did you separate the effect?',
    asker: { role: 'chief', department: 'kansas-city-pd' },
    topics: ['procedural-justice', 'training'],
    visibility: 'PUBLIC',
    askedOn: '2026-10-14',
    answers: [
      {
        by: { role: 'member', department: 'chicago-pd' },
        body: `Chicago trained its officers district by district, so officers trained early could be compared with those not yet trained (Wood, Tyler and Papachristos, PNAS 2020). The first analysis found complaints fell; a 2022 correction found the effect smaller and less certain. A staggered roll-out is still the design to copy.`,
        afterHours: 10,
        helpfulFrom: ['kansas-city-pd', 'stockton-pd'],
        accepted: {},
      },
      {
        by: { role: 'member', department: 'stockton-pd' },
        body: `We tracked complaints and community survey results before and after; the survey moved more than complaints did.

/practices/stockton-procedural-justice-training`,
        afterHours: 31,
      },
    ],
  },
  {
    title: 'How do you keep naloxone in date across a fleet of patrol cars?',
    details: 'Half of the kits we checked last month had expired or frozen. What tracking works?',
    asker: { role: 'member', department: 'demo-riverbend-pd' },
    topics: ['substance-use-diversion'],
    visibility: 'MEMBERS',
    askedOn: '2026-11-03',
    answers: [
      {
        by: { role: 'chief', department: 'demo-northfield-transit-pd' },
        body: 'Kits are issued to officers, not cars, and checked at each shift briefing; the quartermaster swaps them three months before expiry.',
        afterHours: 3,
        helpfulFrom: ['demo-riverbend-pd'],
      },
    ],
  },
  {
    title: 'What should a small department ask before joining a regional drone program?',
    details: 'A neighbouring city offers to share its drone-as-first-responder program. What should be in the agreement?',
    asker: { role: 'chief', department: 'demo-lakeshore-tribal-pd' },
    topics: ['technology'],
    visibility: 'MEMBERS',
    askedOn: '2026-11-18',
    answers: [],
  },
  {
    title: 'Has a transit police department used hot spots patrols on station platforms?',
    details: 'Our assaults concentrate at four stations at night. Any evidence for short, unpredictable platform visits?',
    asker: { role: 'member', department: 'demo-northfield-transit-pd' },
    topics: ['hot-spots-policing', 'violence-reduction'],
    visibility: 'PUBLIC',
    askedOn: '2026-11-25',
    answers: [],
  },
  {
    title: 'How do you brief a city council on a program’s evidence in ten minutes?',
    details: 'We have outcome tables; council members glaze over. What format held their attention?',
    asker: { role: 'chief', department: 'stockton-pd' },
    topics: ['community-policing', 'budget-staffing'],
    visibility: 'MEMBERS',
    askedOn: '2026-11-29',
    answers: [],
  },
];

import type { DebriefAudience } from '../../schema/debriefs.ts';

export interface DemoDebrief {
  /** Slug of one of the past demo events. */
  event: string;
  /** Which demo account of which department wrote it. */
  author: { role: 'chief' | 'member'; department: string };
  audience: DebriefAudience;
  title: string;
  /** Markdown, each. */
  sessions: string;
  takeaways: string;
  toTry: string;
  contacts: string;
  /** Slugs of demo write-ups it mentions. */
  practices: string[];
  /** ISO date it was written, a few days after the event. */
  writtenOn: string;
}

/**
 * Debriefs of the real past events, written by demo accounts. What they say about the events
 * and programs keeps to the shared fact sheet; the rest is the author's own reflection, marked
 * as such, and names no real person.
 */
export const demoDebriefs: DemoDebrief[] = [
  {
    event: 'ca-doj-principled-policing-sacramento-2015',
    author: { role: 'chief', department: 'san-diego-pd' },
    audience: 'MEMBERS',
    title: 'Principled Policing in Sacramento: fairness has to start with command staff',
    sessions: `A one-day course in two parts:

- **Procedural justice**: what makes people see an encounter with the police as fair, and why that matters for cooperation.
- **Implicit bias**: how unconscious associations can undercut fair treatment even when everyone means well.

The California Department of Justice built the course with Stanford SPARQ, the Oakland and Stockton police departments and the California Partnership for Safe Communities. It is certified by California POST, the first course of its kind to be.`,
    takeaways: `- The course is aimed at executives on purpose: line officers cannot practise procedural justice in a department whose leaders do not. Policy, discipline and training priorities are set at our level.
- Procedural justice and implicit bias belong together. Fair process is the goal; bias is one of the things that quietly gets in its way.
- Training alone is not the result. A certificate on the wall changes nothing unless the department follows up with something local and measurable.`,
    toTry: `- Bring a half-day version to our lieutenants and sergeants, since they shape what patrol hears after the classroom.
- Decide up front how we would notice a change: community survey questions, complaint themes, an internal climate survey.
- Read the Stockton write-up: they took procedural-justice training department-wide and trained trainers from other agencies, which is the follow-up this course needs.`,
    contacts: `- The course team at the California Department of Justice, for dates of later sessions.
- Command staff from other California departments at my table, who want to compare notes on follow-up in six months.`,
    practices: ['ca-doj-principled-policing', 'stockton-procedural-justice-training'],
    writtenOn: '2015-11-09',
  },
  {
    event: 'ca-doj-principled-policing-los-angeles-2015',
    author: { role: 'chief', department: 'stockton-pd' },
    audience: 'DEPARTMENT',
    title: 'Los Angeles session of Principled Policing: notes for our training unit',
    sessions: `The Los Angeles session of the one-day Principled Policing course: procedural justice in the morning, implicit bias in the afternoon. Stockton helped build the course with the Department of Justice, Stanford SPARQ, Oakland PD and the California Partnership for Safe Communities, so I went to see how it lands with executives from other departments.`,
    takeaways: `- Executives from other departments took to the material best when it was tied to decisions they make every week: complaint handling, stop policy, what supervisors praise.
- Several asked how to carry it past the command level. That is the question our own department-wide work has to answer too.
- Counting people trained is easy; showing a change in community trust is not. We should plan that measurement now, not after the fact.`,
    toTry: `- Fold the course's framing into our field training, so new officers hear the same message on the street as in the classroom.
- Offer our train-the-trainer sessions to the departments that asked for help taking it further.
- Draft a short before-and-after survey with our community partners.`,
    contacts: `- Training coordinators from two Southern California departments who asked about our train-the-trainer program.
- The Department of Justice course team, for the list of departments that have taken part.`,
    practices: ['stockton-procedural-justice-training', 'ca-doj-principled-policing'],
    writtenOn: '2015-11-12',
  },
  {
    event: 'cpca-training-symposium-2013',
    author: { role: 'chief', department: 'oakland-pd' },
    audience: 'MEMBERS',
    title: 'CPCA symposium in Palm Springs: problem solving over patrol volume',
    sessions: `The California Police Chiefs Association's 36th annual training symposium, in Palm Springs. I spent most of my time in the sessions on community policing and on how the public judges the fairness of police contacts.`,
    takeaways: `- The programs worth copying are specific: a defined problem, a partner outside the department, and a measure agreed before the work started.
- Problem-oriented policing keeps coming back because it works when it is done properly: scan, analyse, respond, then assess honestly.
- Fair treatment in everyday contacts is not a soft topic; it is how a department keeps the cooperation it needs for everything else.`,
    toTry: `- Pick one persistent neighbourhood problem and run it through the SARA steps, with the assessment planned from day one. San Diego's graffiti project is a good model of a narrow problem worked properly.
- Keep our focused-deterrence work tied to community partners, as Ceasefire depends on them.`,
    contacts: `- Chiefs from several mid-sized California cities interested in a regional exchange on problem-oriented projects.`,
    practices: ['san-diego-graffiti-reduction', 'problem-oriented-policing-sara', 'oakland-ceasefire'],
    writtenOn: '2013-02-08',
  },
];

import type { SeedPractice } from '../types.ts';

/**
 * Write-ups of real, public programs, written for the demo from the facts in
 * shared/data/programs.md. Figures appear only where a named public source gives them;
 * nothing here is new data. Resource links are limited to CrimeSolutions pages whose ids are known.
 */

const CONTACT = "Program coordinator via the department's Muster page";
const crimeSolutionsProgram = (id: number, title: string) => ({
  kind: 'LINK' as const,
  title,
  url: `https://crimesolutions.ojp.gov/ratedprograms/${id}`,
});

export const realPractices: SeedPractice[] = [
  {
    slug: 'memphis-crisis-intervention-team',
    title: 'Crisis Intervention Team (Memphis Model): trained officers for mental health crisis calls',
    summary:
      'Specially trained patrol officers answer mental health crisis calls after 40 hours of crisis intervention training, working with NAMI Memphis, mental-health providers and two universities. Running since 1988.',
    body: `## What we did
Since 1988, mental health crisis calls in Memphis have gone to patrol officers who have completed a 40-hour Crisis Intervention Team (CIT) course. CIT officers stay in patrol; what changes is who gets sent when someone is in crisis. We did not build it alone: NAMI Memphis, local mental-health providers, the University of Memphis and the University of Tennessee are partners. Other agencies know the approach as the "Memphis Model".

## What we learned
Be clear about what the evidence says. The reviews we rely on (summarised in the University of Memphis research newsletter, 2024, and in BJA's "Assessing the Impact of Crisis Intervention Teams") find that trained officers know more and hold better attitudes towards people in mental-health crisis. They do **not** settle whether CIT reduces arrests, use of force or injuries: on those, the findings are not conclusive. If you are selling CIT to your council on those outcomes, say so honestly.

## What we would do differently
- Decide up front how crisis calls are coded and what you will count (disposition, transport, force, injuries), so your own data can answer the questions the reviews could not.
- Treat the partners as part of the program, not as guest speakers: the course is only one piece.
- Budget for the 40 hours per officer, including backfill.

## Sources
The facts and findings above come from the public sources named here, not from new data.`,
    department: 'memphis-pd',
    author: 'chief',
    topics: ['crisis-intervention-mental-health', 'de-escalation-use-of-force', 'training'],
    visibility: 'PUBLIC',
    lifecycle: 'SCALED',
    problem:
      'Calls involving a person in mental-health crisis are among the hardest a patrol officer answers, and without specialised training and links to treatment they can end in arrest or injury rather than care.',
    approach:
      'Selected patrol officers complete a 40-hour crisis intervention course and are sent to mental-health crisis calls, working with NAMI Memphis, local mental-health providers and university partners.',
    startedOn: '1988-01-01',
    staffing: 'Specially trained patrol officers (CIT officers) who remain in regular patrol assignments.',
    partners: 'NAMI Memphis; local mental-health providers; University of Memphis; University of Tennessee',
    trainingHours: 40,
    costNotes:
      'No cost figures in the public sources used for this write-up. The main cost is 40 hours of training per officer, plus backfill while officers are in class.',
    evidenceLevel: 'EXTERNAL_EVALUATION',
    evidenceNotes:
      'Reviews find better officer knowledge and attitudes after CIT training; effects on arrests, use of force and injuries are not conclusive. Sources: University of Memphis research newsletter (2024); BJA, "Assessing the Impact of Crisis Intervention Teams".',
    contact: CONTACT,
    publishedAt: '2025-01-14',
    outcomes: [],
    resources: [],
  },
  {
    slug: 'memphis-care-team',
    title: 'CARE Team: co-responder unit for mental health crisis calls',
    summary:
      "A fire-department community paramedic, a CIT officer and a master's-level mental-health assessor respond together to mental health crisis calls. Running since 2018; supported by a $250,000 BJA award in FY2023.",
    body: `## What we did
Since 2018, Memphis has sent a three-person CARE Team to some crisis calls: a community paramedic from the fire department, a Crisis Intervention Team officer and a master's-level mental-health assessor, arriving together. The idea is simple: a person in mental health crisis may need medical care, a clinical assessment and, sometimes, a police officer, and sending all three at once avoids a relay of separate responses.

## What we learned
The CARE Team builds on CIT rather than replacing it: the officer on the team is CIT-trained, so the co-responder model and the Memphis Model reinforce each other. Money matters too. In FY2023 the Bureau of Justice Assistance awarded $250,000 to the effort (award 15PBJA-23-GG-02242-NTCP). That award is the only hard figure in the public record we used; we have no published outcome data to share here, so treat this write-up as a description of the model rather than proof that it works.

## What we would do differently
- Agree with the fire department and the clinical partner, before the first shift, on what each discipline decides on scene.
- Build outcome measures into the grant from the start (response times, transports, repeat calls), so the next write-up can report results rather than structure.

## Sources
Facts here come from the BJA award record named above.`,
    department: 'memphis-pd',
    author: 'member',
    topics: ['crisis-intervention-mental-health', 'de-escalation-use-of-force'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem:
      'Some crisis calls need medical, mental-health and police skills at the same time; sending them one after another is slow and leaves officers doing work that belongs to clinicians.',
    approach:
      "A co-responder team of three — a fire-department community paramedic, a CIT-trained officer and a master's-level mental-health assessor — responds together to mental-health crisis calls.",
    startedOn: '2018-01-01',
    staffing:
      "Each team: one fire-department community paramedic, one CIT-trained police officer, one master's-level mental-health assessor.",
    partners: 'Memphis fire department (community paramedics); mental-health assessors; Bureau of Justice Assistance (grant)',
    costNotes:
      'The Bureau of Justice Assistance awarded $250,000 in FY2023 (award 15PBJA-23-GG-02242-NTCP). That is grant funding, not the full cost of the program; no operating budget is given in the sources used here.',
    evidenceLevel: 'ANECDOTAL',
    evidenceNotes: 'No published outcome data found for this write-up; the public record used is the BJA award 15PBJA-23-GG-02242-NTCP.',
    contact: CONTACT,
    publishedAt: '2025-02-10',
    outcomes: [],
    resources: [],
  },
  {
    slug: 'ca-doj-principled-policing',
    title: 'Principled Policing: procedural justice and implicit bias training for law-enforcement executives',
    summary:
      'A one-day, POST-certified training course on procedural justice and implicit bias for police executives, built with Stanford SPARQ and the Oakland and Stockton police departments. More than 50 executives from 28 departments took part.',
    body: `## What we did
In November 2015 the California Department of Justice launched Principled Policing, a one-day course for law-enforcement executives on procedural justice and implicit bias. It was the first course of its kind certified by California POST. We built it with Stanford SPARQ, the Oakland and Stockton police departments and the California Partnership for Safe Communities, and ran the first sessions in Sacramento and Los Angeles.

## Why executives
Line officers cannot practise procedural justice in a department whose leaders do not. Starting with chiefs, sheriffs and their command staff puts the ideas where policy, discipline and training priorities are set. The course pairs the two topics on purpose: fairness in how people are treated, and the unconscious biases that can undercut it.

## What we learned
More than 50 executives from 28 departments completed the training, according to the Attorney General's October 2016 press release and the Stanford SPARQ Principled Policing report. Those are counts of people reached, not measured effects on officers or the public; we have no outcome evaluation to report here.

## What we would do differently
- Plan a follow-up with each participating department so the course leads to a local action, not just a certificate.
- Decide early how you will measure change, for example through community surveys, complaints or internal climate surveys.

## Sources
California OAG press release (October 2016); Stanford SPARQ, Principled Policing report.`,
    department: 'ca-doj',
    author: 'chief',
    topics: ['procedural-justice', 'implicit-bias', 'training'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem:
      'Procedural justice and implicit bias were not yet part of certified training for the executives who set a department’s culture, policy and training priorities.',
    approach:
      'A one-day course for law-enforcement executives on procedural justice and implicit bias, the first of its kind certified by California POST, first delivered in Sacramento and Los Angeles in November 2015.',
    startedOn: '2015-11-01',
    staffing: 'Developed by the California Department of Justice with its partners; delivered as one-day sessions.',
    partners:
      'Stanford SPARQ; Oakland Police Department; Stockton Police Department; California Partnership for Safe Communities; California POST (certification)',
    costNotes: 'No cost figures in the public sources used for this write-up.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes:
      'Participant counts reported by the California Attorney General’s office and Stanford SPARQ. They measure reach, not effect; no outcome evaluation is cited here.',
    contact: CONTACT,
    publishedAt: '2025-03-05',
    outcomes: [
      {
        metric: 'Law-enforcement executives trained (at least)',
        direction: 'HIGHER_IS_BETTER',
        result: 50,
        unit: 'executives',
        period: 'As reported in October 2016',
        source: 'California OAG press release (Oct 2016); Stanford SPARQ Principled Policing report',
      },
      {
        metric: 'Departments represented',
        direction: 'HIGHER_IS_BETTER',
        result: 28,
        unit: 'departments',
        period: 'As reported in October 2016',
        source: 'California OAG press release (Oct 2016); Stanford SPARQ Principled Policing report',
      },
    ],
    resources: [],
  },
  {
    slug: 'stockton-procedural-justice-training',
    title: 'Department-wide procedural justice training and reconciliation',
    summary:
      'As one of six pilot sites of the National Initiative for Building Community Trust and Justice, Stockton PD took procedural justice training and reconciliation work department-wide: 400+ officers and 100+ outside trainers trained.',
    body: `## What we did
Stockton was one of six pilot sites of the National Initiative for Building Community Trust and Justice. Rather than a single class, we treated procedural justice and reconciliation as department-wide work: every part of the organisation, not only a specialist unit. More than 400 of our sworn officers went through procedural justice training, and more than 100 trainers from other California agencies were trained so they could take the material home.

## What we learned
Training the trainers is what lets a pilot spread. Training instructors from other agencies turned a local effort into something the region could reuse.

Procedural justice training also goes hand in hand with reconciliation: acknowledging the history between police and the community, not only teaching officers how to run a fair encounter. Our work as a pilot site combined the two.

## What we would do differently
- Measure the community's view before and after, not just the number of people trained. The figures we can cite are counts of officers and trainers, reported by The Record in 2017.
- Put procedural justice into field training and supervision early, so new officers hear the same message on the street as in the classroom.

## Sources
The Record (Stockton), 2017.`,
    department: 'stockton-pd',
    author: 'chief',
    topics: ['procedural-justice', 'training', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'SCALED',
    problem:
      'Low trust between the police and parts of the community limits cooperation and makes every encounter harder for officers and residents alike.',
    approach:
      'Department-wide procedural justice training and reconciliation work as one of six National Initiative pilot sites, with a train-the-trainer program for other California agencies.',
    staffing: 'Sworn officers across the department trained; trainers from other California agencies trained as well.',
    partners: 'National Initiative for Building Community Trust and Justice (six pilot sites)',
    costNotes: 'No cost figures in the public sources used for this write-up.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes:
      'Counts of officers and trainers trained, as reported by The Record (Stockton) in 2017. They measure reach, not effect on community trust.',
    contact: CONTACT,
    publishedAt: '2025-03-27',
    outcomes: [
      {
        metric: 'Sworn officers trained in procedural justice (at least)',
        direction: 'HIGHER_IS_BETTER',
        result: 400,
        unit: 'officers',
        period: 'As reported in 2017',
        source: 'The Record (Stockton), 2017',
      },
      {
        metric: 'Trainers from other California agencies trained (at least)',
        direction: 'HIGHER_IS_BETTER',
        result: 100,
        unit: 'trainers',
        period: 'As reported in 2017',
        source: 'The Record (Stockton), 2017',
      },
    ],
    resources: [],
  },
  {
    slug: 'seattle-lead-diversion',
    title: 'LEAD: pre-booking diversion to case management for low-level drug offences',
    summary:
      'Officers divert people arrested for low-level drug and prostitution offences to case management before booking. An evaluation found 60% lower odds of arrest over six months. CrimeSolutions: Promising.',
    body: `## What we did
Since October 2011, Seattle officers who arrest someone for a low-level drug or prostitution offence have had another option besides booking: Law Enforcement Assisted Diversion (LEAD). The person is diverted, before booking, to case management that works on what drives the behaviour.

## What we learned
The evaluation published in *Evaluation and Program Planning* (vol. 64, 2017) compared LEAD participants with a comparison group. It found:

- 60% lower odds of arrest over the six months after entering the program;
- 39% lower odds of being charged with a felony over the longer term.

CrimeSolutions (program 477) rates LEAD **Promising**, based on one study. That is encouraging, not settled: one evaluation in one city.

Diversion only works if officers trust that the case managers will actually follow up. The decision is made on the street, at the moment of arrest, so officers need to know the referral leads somewhere.

## What we would do differently
- Put the eligibility rules in writing and train every patrol shift on them, so diversion does not depend on which officer makes the arrest.
- Share outcome data with officers regularly; seeing fewer repeat arrests is what keeps them using the option.

## Sources
CrimeSolutions program 477; *Evaluation and Program Planning* 64 (2017). The figures above are theirs.`,
    department: 'seattle-pd',
    author: 'member',
    topics: ['substance-use-diversion', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem:
      'Repeated arrest and booking for low-level drug and prostitution offences is costly and rarely addresses the needs behind the behaviour.',
    approach:
      'At the point of arrest for a qualifying low-level drug or prostitution offence, officers may divert the person to case management instead of booking.',
    startedOn: '2011-10-01',
    staffing: 'Patrol officers make the diversion decision; case managers work with participants.',
    partners: 'Case-management services for diverted participants',
    costNotes: 'No cost figures in the public sources used for this write-up.',
    evidenceLevel: 'EXTERNAL_EVALUATION',
    evidenceNotes:
      'CrimeSolutions: Promising, based on one study (program 477). Evaluation and Program Planning 64 (2017): 60% lower odds of arrest over 6 months; 39% lower odds of a felony charge over the longer term.',
    contact: CONTACT,
    publishedAt: '2025-04-22',
    outcomes: [
      {
        metric: 'Odds of arrest, LEAD participants vs. comparison group',
        direction: 'LOWER_IS_BETTER',
        result: -60,
        unit: '%',
        period: '6 months after program entry',
        source: 'CrimeSolutions program 477; Evaluation and Program Planning 64 (2017)',
      },
      {
        metric: 'Odds of a felony charge, LEAD participants vs. comparison group',
        direction: 'LOWER_IS_BETTER',
        result: -39,
        unit: '%',
        period: 'Longer-term follow-up',
        source: 'CrimeSolutions program 477; Evaluation and Program Planning 64 (2017)',
      },
    ],
    resources: [crimeSolutionsProgram(477, 'CrimeSolutions: Law Enforcement Assisted Diversion (LEAD), Seattle')],
  },
  {
    slug: 'eugene-cahoots',
    title: 'CAHOOTS: mental health crisis response by a medic and a crisis worker',
    summary:
      'Two-person teams of a medic and a crisis worker from White Bird Clinic answer behavioural and mental health crisis calls in Eugene: about 24,000 calls a year, with police backup requested about 150 times.',
    body: `## What we did
Let us be clear up front: CAHOOTS is run by White Bird Clinic, not by us. Since 1989 the clinic has fielded two-person teams, a medic and a crisis worker, that answer behavioural-health calls in Eugene. Eugene PD is the partner: calls that do not need a badge and a gun go to CAHOOTS, and the teams call us when they do.

## What we learned
The numbers, as published by White Bird Clinic:

- about 24,000 calls a year;
- police backup requested about 150 times a year;
- about 17% of Eugene PD's call volume in 2017.

On cost, the clinic puts the CAHOOTS budget at about $2.1M a year, against about $90M for the Eugene and Springfield police departments together. For a department of our size, taking that share of calls off patrol matters.

These are the program's own figures, not an independent evaluation.

## What we would do differently
- Write down, with dispatch, which call types go to CAHOOTS, which go to police and which go to both. Ambiguity at the call-taker's desk is where partnerships fray.
- Track backup requests and their outcomes jointly, so both sides see the same data.
- Remember that the model depends on a healthy partner organisation: its funding and staffing are your problem too.

## Sources
White Bird Clinic.`,
    department: 'eugene-pd',
    author: 'chief',
    topics: ['crisis-intervention-mental-health', 'substance-use-diversion', 'budget-staffing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Many calls for service involve behavioural-health needs that do not need an armed police response but take up patrol time.',
    approach:
      'Behavioural-health calls go to a two-person civilian team, a medic and a crisis worker from White Bird Clinic; the team requests police backup when needed.',
    startedOn: '1989-01-01',
    staffing: 'Two-person teams (a medic and a crisis worker) provided by White Bird Clinic.',
    partners: 'White Bird Clinic (runs CAHOOTS); Eugene Police Department (partner)',
    costAnnual: 2100000,
    costNotes:
      'Budget of about $2.1M a year, against about $90M for the Eugene and Springfield police departments together (White Bird Clinic figures).',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: 'Figures published by White Bird Clinic, which runs the program; not an independent evaluation.',
    contact: CONTACT,
    publishedAt: '2025-05-15',
    outcomes: [
      {
        metric: 'Calls answered by CAHOOTS teams (about)',
        direction: 'HIGHER_IS_BETTER',
        result: 24000,
        unit: 'calls per year',
        period: 'Per year',
        source: 'White Bird Clinic',
      },
      {
        metric: 'Police backup requested (about)',
        direction: 'LOWER_IS_BETTER',
        result: 150,
        unit: 'requests per year',
        period: 'Per year',
        source: 'White Bird Clinic',
      },
      {
        metric: 'Share of Eugene PD call volume handled by CAHOOTS (about)',
        result: 17,
        unit: '%',
        period: '2017',
        source: 'White Bird Clinic',
      },
    ],
    resources: [],
  },
  {
    slug: 'denver-star-response',
    title: 'STAR: mental health clinician and paramedic answer low-level crisis calls instead of police',
    summary:
      "Denver's Support Team Assisted Response sends a mental health clinician and a paramedic to low-level calls, such as people in crisis, instead of police. In the pilot, reports of targeted offences fell 34%.",
    body: `## What we did
Since June 2020, Denver has sent a mental health clinician and a paramedic, not a police officer, to certain low-level calls, including people in crisis. That is STAR, the Support Team Assisted Response. Denver PD is a partner department: the calls STAR takes are calls our officers would otherwise answer.

## What we learned
The pilot ran in 8 of Denver's 36 precincts. An independent study by Dee and Pyne (2022), as summarised by the National League of Cities, reports:

- 748 incidents handled by STAR during the pilot;
- reports of the targeted low-level offences down 34% in the pilot precincts, about 1,376 fewer reports;
- about $151 per incident for a STAR response, against about $646 for a police response.

For a police department, the lesson is that a civilian response can take work off patrol without a rise in the offences it targets; in the study, those reports went down.

## What we would do differently
- Agree with dispatch and the STAR team on clear call criteria, and review misrouted calls together every month.
- Make sure officers know when and how to hand a scene to STAR, and the other way round.
- Plan the evaluation with the pilot, as Denver's precinct-by-precinct roll-out made possible.

## Sources
Dee & Pyne (2022), as summarised by the National League of Cities. The figures above are theirs.`,
    department: 'denver-pd',
    author: 'member',
    topics: ['crisis-intervention-mental-health', 'budget-staffing', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Low-level calls involving mental-health crisis and similar needs take patrol time and do not need an armed police response.',
    approach:
      'A mental-health clinician and a paramedic answer qualifying low-level calls instead of police officers; piloted in 8 of 36 precincts from June 2020.',
    startedOn: '2020-06-01',
    staffing: 'Two-person teams: a mental-health clinician and a paramedic.',
    partners: 'Denver Police Department (partner department); the clinicians and paramedics who staff STAR',
    costNotes:
      'About $151 per incident for a STAR response, against about $646 for a police response, during the pilot (Dee & Pyne, 2022, as summarised by the National League of Cities).',
    evidenceLevel: 'EXTERNAL_EVALUATION',
    evidenceNotes:
      'Independent study of the pilot in 8 of 36 precincts by Dee & Pyne (2022), as summarised by the National League of Cities.',
    contact: CONTACT,
    publishedAt: '2025-06-09',
    outcomes: [
      {
        metric: 'Incidents handled by STAR',
        direction: 'HIGHER_IS_BETTER',
        result: 748,
        unit: 'incidents',
        period: 'Pilot (8 of 36 precincts)',
        source: 'Dee & Pyne (2022), as summarised by the National League of Cities',
      },
      {
        metric: 'Reports of targeted low-level offences in pilot precincts (about 1,376 fewer)',
        direction: 'LOWER_IS_BETTER',
        result: -34,
        unit: '%',
        period: 'Pilot period',
        source: 'Dee & Pyne (2022), as summarised by the National League of Cities',
      },
      {
        metric: 'Cost per incident: police response (baseline) vs. STAR response (result)',
        direction: 'LOWER_IS_BETTER',
        baseline: 646,
        result: 151,
        unit: 'USD',
        period: 'Pilot period',
        source: 'Dee & Pyne (2022), as summarised by the National League of Cities',
      },
    ],
    resources: [],
  },
  {
    slug: 'boston-operation-ceasefire',
    title: 'Operation Ceasefire: focused deterrence of group-involved violence',
    summary:
      "Boston's 1996 focused-deterrence strategy against group-involved violence, the origin of Group Violence Intervention. CrimeSolutions rates it Effective: less youth homicide, fewer gun assaults and calls for service.",
    body: `## What we did
Operation Ceasefire began in Boston in 1996. Instead of treating each shooting as a separate case, it focused on the groups involved in violence: a direct message to group members that violence would bring a focused response on the whole group. That approach became the origin of what is now called Group Violence Intervention.

## What we learned
CrimeSolutions rates Operation Ceasefire (Boston, Mass.) **Effective**, based on more than one study. The evaluations associate it with:

- less youth homicide;
- fewer citywide gun assaults;
- fewer calls for service.

We are not quoting percentages here because the source we used for this write-up states the direction of the effects, not the sizes. Read the CrimeSolutions profile before you quote numbers to your council.

## What we would do differently
- Focused deterrence rests on knowing which groups drive the violence. Invest in that analysis before the first call-in, and keep it current.
- Only promise what you can deliver. The message works when the response to continued violence is swift and real, which takes prosecutors and partners who are committed for the long run.
- Keep it going: a strategy that works is easy to let lapse once the numbers improve.

## Sources
CrimeSolutions, "Operation Ceasefire (Boston, Mass.)".`,
    department: 'boston-pd',
    author: 'chief',
    topics: ['violence-reduction', 'youth', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'SCALED',
    problem: 'Serious violence, including youth homicide and gun assaults, was driven by group-involved conflicts.',
    approach:
      'Focused deterrence aimed at groups involved in violence: group members are told directly that further violence will bring a focused response on the whole group.',
    startedOn: '1996-01-01',
    staffing: 'Not detailed in the source used for this write-up.',
    partners: 'Not detailed in the source used for this write-up; see the CrimeSolutions profile.',
    costNotes: 'No cost figures in the source used for this write-up.',
    evidenceLevel: 'RIGOROUS_STUDY',
    evidenceNotes:
      'CrimeSolutions: Effective, based on more than one study. Associated with less youth homicide, fewer citywide gun assaults and fewer calls for service.',
    contact: CONTACT,
    publishedAt: '2025-07-01',
    outcomes: [],
    resources: [],
  },
  {
    slug: 'oakland-ceasefire',
    title: 'Oakland Ceasefire: focused deterrence of group and gang violence',
    summary:
      "Oakland's focused-deterrence strategy against group and gang violence. CrimeSolutions rates it Effective, with fewer total shootings and fewer gang-involved shootings.",
    body: `## What we did
Oakland Ceasefire applies focused deterrence to group and gang violence: identify the groups and people most involved in shootings, tell them directly that violence will bring a focused response, and follow through. It follows the line of work that began with Boston's Operation Ceasefire.

## What we learned
CrimeSolutions rates Oakland Ceasefire **Effective**. The evaluation found fewer total shootings and fewer gang-involved shootings. We have that from CrimeSolutions as reported by Homeland Security Today; the source we used does not give effect sizes, so we do not quote any here.

What we would stress to a peer agency: focused deterrence is a strategy, not a unit. It depends on good analysis of who is involved in violence, on partners who deliver what is promised, and on a department that keeps the focus for years, not months.

## What we would do differently
- Build the data work first: a current picture of the groups and conflicts behind shootings.
- Decide how you will measure shootings, and gang involvement, before launch, so the evaluation can be trusted.
- Keep the message and the follow-through consistent across command changes.

## Sources
CrimeSolutions, as reported by Homeland Security Today.`,
    department: 'oakland-pd',
    author: 'member',
    topics: ['violence-reduction', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'A large share of shootings were connected to group and gang conflicts.',
    approach:
      'Focused deterrence aimed at the groups and people most involved in shootings, with direct communication and consistent follow-through.',
    staffing: 'Not detailed in the source used for this write-up.',
    partners: 'Not detailed in the source used for this write-up.',
    costNotes: 'No cost figures in the source used for this write-up.',
    evidenceLevel: 'RIGOROUS_STUDY',
    evidenceNotes:
      'CrimeSolutions: Effective (as reported by Homeland Security Today): fewer total shootings and fewer gang-involved shootings.',
    contact: CONTACT,
    publishedAt: '2025-07-24',
    outcomes: [],
    resources: [],
  },
  {
    slug: 'chicago-cure-violence',
    title: 'Cure Violence (formerly CeaseFire Chicago): violence interrupters and a public-health approach',
    summary:
      'Violence interrupters from a community organisation treat violence as a public-health problem and step in before conflicts turn into shootings. The community organisation runs it, not the police. CrimeSolutions: Promising.',
    body: `## What it is
Cure Violence, formerly CeaseFire Chicago, treats violence as a public-health problem. Violence interrupters work to interrupt conflicts before they escalate into shootings.

We want to be honest about our role: **this is not a police program.** It is run by a community organisation, and in our view its independence from the police matters to how it works. Chicago PD is listed here as the local department because peers ask us how police and interrupters coexist.

## What we learned
CrimeSolutions (program 205) rates Cure Violence **Promising**, based on one study. That is a reason to take it seriously, not a guarantee.

From the police side, the working relationship matters more than any formal agreement. Interrupters cannot be seen as informants, and officers need to understand why they will not pass on what they hear. Where that is understood, the two approaches can work in the same neighbourhood without undercutting each other.

## What we would do differently
- Agree with the community organisation on boundaries in writing: what is shared, what is not, and who to call when something goes wrong.
- Brief district commanders and patrol on what interrupters do, so officers do not treat them as suspects.

## Sources
CrimeSolutions program 205.`,
    department: 'chicago-pd',
    author: 'member',
    topics: ['violence-reduction', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Shootings spread through conflicts and retaliation in a small number of neighbourhoods.',
    approach:
      'A community organisation employs violence interrupters who treat violence as a public-health problem and intervene in conflicts before they escalate. The program is run independently of the police.',
    staffing: 'Violence interrupters employed by the community organisation; not police staff.',
    partners: 'Cure Violence / CeaseFire Chicago (the community organisation that runs the program)',
    costNotes: 'No cost figures in the source used for this write-up.',
    evidenceLevel: 'EXTERNAL_EVALUATION',
    evidenceNotes: 'CrimeSolutions: Promising, based on one study (program 205).',
    contact: CONTACT,
    publishedAt: '2025-08-19',
    outcomes: [],
    resources: [crimeSolutionsProgram(205, 'CrimeSolutions: Cure Violence (formerly CeaseFire Chicago)')],
  },
  {
    slug: 'high-point-drug-market-intervention',
    title: 'Drug Market Intervention: closing open-air drug markets with the community',
    summary:
      'A focused-deterrence strategy that closes open-air drug markets by bringing in the community and the families of the people dealing. CrimeSolutions: Effective, based on one study.',
    body: `## What we did
High Point's Drug Market Intervention targets open-air drug markets, the street corners where dealing is done in the open and brings violence and disorder with it. It is focused deterrence: the people who sustain the market are identified, and the community and their own families are brought in to make clear that the market has to close.

## What we learned
CrimeSolutions (program 361) rates the Drug Market Intervention **Effective**, based on one study.

The part other agencies underestimate is the community and family involvement. Enforcement alone can move a market; bringing neighbours and families into it changes the message from "the police against you" to "everyone who cares about you wants this to stop".

## What we would do differently
- Choose the first market carefully: a well-defined open-air market with residents ready to take part gives the strategy a fair test.
- Prepare the community side as thoroughly as the investigation. The meetings with families and neighbours are not a formality.
- Plan what happens the day after: follow-up with residents and on the site, so the market does not return.

## Sources
CrimeSolutions program 361. We have no figures from that source to quote here; read the profile for the study details.`,
    department: 'high-point-pd',
    author: 'chief',
    topics: ['violence-reduction', 'substance-use-diversion', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Open-air drug markets bring violence and disorder to the neighbourhoods that host them.',
    approach:
      'Focused deterrence that closes open-air drug markets, with community members and dealers’ families involved in delivering the message.',
    staffing: 'Not detailed in the source used for this write-up.',
    partners: 'Community members and the families of the people involved in the market',
    costNotes: 'No cost figures in the source used for this write-up.',
    evidenceLevel: 'RIGOROUS_STUDY',
    evidenceNotes: 'CrimeSolutions: Effective, based on one study (program 361).',
    contact: CONTACT,
    publishedAt: '2025-09-11',
    outcomes: [],
    resources: [crimeSolutionsProgram(361, 'CrimeSolutions: Drug Market Intervention (High Point, N.C.)')],
  },
  {
    slug: 'philadelphia-foot-patrol-experiment',
    title: 'Foot patrol in violent-crime hot spots: a randomised experiment, and a follow-up that found no effects',
    summary:
      'In 2009, foot patrols were assigned at random to violent-crime hot spots; CrimeSolutions rates that trial Effective. A 2010 follow-up experiment was rated No Effects, a useful negative result.',
    body: `## What we did
In 2009, Philadelphia ran a randomised experiment: violent-crime hot spots were assigned at random either to receive foot patrols or to continue as before. Randomisation is what makes the result trustworthy; the comparison spots tell you what would have happened anyway.

## What we learned
Two results, and both matter:

- The 2009 foot patrol experiment is rated **Effective** by CrimeSolutions, based on one randomised trial.
- A 2010 follow-up experiment is rated **No Effects**.

We are publishing both because the second is as useful as the first. A tactic that worked once, in one design, did not show an effect in the follow-up. Anyone planning foot patrols in hot spots should read both profiles before assuming the first result will carry over to their city or their deployment.

## What we would do differently
- Treat a single positive trial as a reason to test again, not as proof. That is exactly what the follow-up did.
- Build randomisation into new deployments where you can. It costs little when you are choosing among many hot spots anyway.
- Publish null results. Other departments learn as much from them as from successes.

## Sources
CrimeSolutions programs 234 and 450. The ratings above are theirs; we quote no effect sizes here.`,
    department: 'philadelphia-pd',
    author: 'member',
    topics: ['hot-spots-policing', 'violence-reduction', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'DISCONTINUED',
    discontinuedReason: 'The 2009 experiment ran for a fixed period; a 2010 follow-up experiment was rated No Effects by CrimeSolutions.',
    problem: 'Violent crime clusters in a small number of hot spots.',
    approach:
      'Foot patrols assigned at random to violent-crime hot spots, compared with hot spots that did not receive them (2009), followed by a 2010 follow-up experiment.',
    startedOn: '2009-01-01',
    staffing: 'Foot patrol officers assigned to the treatment hot spots.',
    partners: 'Not detailed in the sources used for this write-up.',
    costNotes: 'No cost figures in the sources used for this write-up.',
    evidenceLevel: 'RIGOROUS_STUDY',
    evidenceNotes:
      'CrimeSolutions: the 2009 experiment is rated Effective (one randomised trial); the 2010 follow-up experiment is rated No Effects. A useful negative result.',
    contact: CONTACT,
    publishedAt: '2025-10-06',
    outcomes: [],
    resources: [
      crimeSolutionsProgram(234, 'CrimeSolutions rated program 234 (Philadelphia foot patrol)'),
      crimeSolutionsProgram(450, 'CrimeSolutions rated program 450 (Philadelphia foot patrol follow-up)'),
    ],
  },
  {
    slug: 'kansas-city-gun-experiment',
    title: 'Kansas City Gun Experiment: directed patrols to seize illegal guns in a hot-spot beat',
    summary:
      'In 1992–93, directed patrols focused on seizing illegal guns in one hot-spot beat. Gun seizures rose 65% and gun crimes fell 49%. CrimeSolutions: Promising, based on one study.',
    body: `## What we did
The Kansas City Gun Experiment ran in 1992–93. Officers on directed patrol in one hot-spot beat concentrated on finding and seizing illegal guns.

## What we learned
CrimeSolutions (program 238) reports:

- gun seizures in the target beat up 65%;
- gun crimes down 49%.

It rates the program **Promising**, based on one study. The idea is simple: put focused, proactive patrol time where gun crime concentrates, and measure what happens.

## What we would do differently
- One beat and one study are a small base. If you try this, test it in more than one area, with comparison areas, and measure long enough to see whether effects last.
- Pay attention to how the stops are made. Directed patrols depend on legitimate, lawful stops; track who is stopped and how, and involve the community in the beat, so the gain in seizures is not paid for in trust.
- Decide in advance what counts as a gun crime in your data, so the before-and-after comparison is clean.

## Sources
CrimeSolutions program 238. Figures above are theirs.`,
    department: 'kansas-city-pd',
    author: 'member',
    topics: ['hot-spots-policing', 'violence-reduction'],
    visibility: 'PUBLIC',
    lifecycle: 'DISCONTINUED',
    discontinuedReason: 'A time-limited experiment that ran in 1992–93.',
    problem: 'Gun crime concentrated in a small number of beats.',
    approach: 'Directed patrols in a hot-spot beat focused on seizing illegal guns.',
    startedOn: '1992-01-01',
    staffing: 'Officers assigned to directed patrol in the target beat.',
    partners: 'Not detailed in the source used for this write-up.',
    costNotes: 'No cost figures in the source used for this write-up.',
    evidenceLevel: 'EXTERNAL_EVALUATION',
    evidenceNotes: 'CrimeSolutions: Promising, based on one study (program 238).',
    contact: CONTACT,
    publishedAt: '2025-10-30',
    outcomes: [
      {
        metric: 'Gun seizures in the target beat',
        direction: 'HIGHER_IS_BETTER',
        result: 65,
        unit: '%',
        period: '1992–93 experiment',
        source: 'CrimeSolutions program 238',
      },
      {
        metric: 'Gun crimes in the target beat',
        direction: 'LOWER_IS_BETTER',
        result: -49,
        unit: '%',
        period: '1992–93 experiment',
        source: 'CrimeSolutions program 238',
      },
    ],
    resources: [crimeSolutionsProgram(238, 'CrimeSolutions: Kansas City Gun Experiment')],
  },
  {
    slug: 'problem-oriented-policing-sara',
    title: 'Problem-oriented policing with the SARA model',
    summary:
      'Scanning, analysis, response, assessment: a practice used by many agencies to fix recurring problems instead of answering the same calls again and again. CrimeSolutions rates the practice Promising.',
    body: `*Riverbend is a fictional demo department. The practice described here is real and used by many agencies, and its rating is CrimeSolutions'.*

## What we did
Problem-oriented policing asks officers to stop treating repeat calls as separate incidents and to treat them as a problem to solve. Most agencies that practise it use the SARA model:

- **Scanning**: find the recurring problem (the same address, the same kind of call, the same victims).
- **Analysis**: work out why it keeps happening, using data and the people affected.
- **Response**: tailor a response to those causes, often with partners outside policing.
- **Assessment**: check whether it worked, and adjust.

## What we learned
CrimeSolutions rates problem-oriented policing, as a practice, **Promising**, based on one meta-analysis. That is a summary of many projects, which is why the practice travels well between agencies of different sizes.

The hardest step is the last one. Assessment is where most projects get skipped, and it is what turns a good idea into something you can share with a peer.

## What we would do differently
- Give officers protected time for problem-solving; otherwise calls for service swallow it.
- Keep a simple project log for every SARA project, so the assessment has something to work from.
- Look at award-winning projects (the Herman Goldstein Award winners) for models of good analysis.

## Sources
CrimeSolutions practice 32.`,
    department: 'demo-riverbend-pd',
    author: 'chief',
    topics: ['problem-oriented-policing', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem:
      'The same addresses, places and people generate calls again and again; answering each call on its own leaves the underlying problem in place.',
    approach:
      'The SARA model: scanning for recurring problems, analysis of their causes, a tailored response, and assessment of the results.',
    staffing: 'Patrol officers and supervisors with protected problem-solving time; crime analysis support.',
    partners: 'Varies by problem: other city departments, property owners, businesses, residents.',
    costNotes: 'Mainly staff time; no cost figures in the source used for this write-up.',
    evidenceLevel: 'RIGOROUS_STUDY',
    evidenceNotes:
      'CrimeSolutions practice 32: Promising, based on one meta-analysis. Riverbend is a fictional demo department; no local figures are given.',
    contact: CONTACT,
    publishedAt: '2025-11-20',
    outcomes: [],
    resources: [
      {
        kind: 'LINK',
        title: 'CrimeSolutions practice: Problem-Oriented Policing',
        url: 'https://crimesolutions.ojp.gov/ratedpractices/32',
      },
    ],
  },
  {
    slug: 'philadelphia-predictive-policing-experiment',
    title: 'Predictive policing experiment: patrols directed by forecasts showed no effect',
    summary:
      'Philadelphia tested patrols directed by predictive forecasts in an experiment (3PE). CrimeSolutions rates it No Effects, a useful negative result for any agency weighing a predictive-policing tool.',
    body: `## What we did
In the Philadelphia Predictive Policing Experiment (3PE), patrols were directed to places picked by predictive forecasts, and the results were compared in an experiment rather than judged by impression.

## What we learned
CrimeSolutions rates the Philadelphia Predictive Policing Experiment **No Effects**. Put plainly: directing patrols by the forecasts, as tested, did not produce a measurable effect on the outcomes studied.

We are sharing it because negative results are scarce and valuable. Vendors and conferences tend to show the successes. A department deciding whether to buy a predictive tool should know that a tested version of the idea did not show an effect here.

This is not a verdict on data-driven deployment in general. It is a result about one approach, tested carefully.

## What we would do differently
- Ask any vendor for independent, experimental evidence before buying, and expect to run your own test.
- Decide in advance what effect would justify the cost, and what you will do if you find none.
- Publish the result either way. We would rather a peer agency learn from this than repeat it.

## Sources
CrimeSolutions, "Philadelphia Predictive Policing Experiment". We quote no effect sizes here.`,
    department: 'philadelphia-pd',
    author: 'chief',
    topics: ['technology', 'hot-spots-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'DISCONTINUED',
    discontinuedReason: 'Ran as a time-limited experiment; CrimeSolutions rates it No Effects.',
    problem: 'Patrol time is limited, and forecasts promise to put it where crime is about to happen.',
    approach: 'Patrols directed to places chosen by predictive forecasts, tested in an experiment.',
    staffing: 'Patrol officers directed by the forecasts.',
    partners: 'Not detailed in the source used for this write-up.',
    costNotes: 'No cost figures in the source used for this write-up.',
    evidenceLevel: 'RIGOROUS_STUDY',
    evidenceNotes: 'CrimeSolutions, "Philadelphia Predictive Policing Experiment": No Effects. A useful negative result.',
    contact: CONTACT,
    publishedAt: '2025-12-15',
    outcomes: [],
    resources: [],
  },
  {
    slug: 'uc-off-campus-burglary-reduction',
    title: 'Off-Campus Burglary Reduction Project: problem-oriented policing for student housing',
    summary:
      'A problem-oriented project by the University of Cincinnati Police Division against burglaries of off-campus student housing. Winner of the Herman Goldstein Award in 2022.',
    body: `## What we did
Burglaries of student housing off campus were a recurring problem for our students. Rather than answer each report on its own, the University of Cincinnati Police Division treated it as a problem-oriented policing project: study the pattern, understand why these homes were targeted, and respond to the causes with partners.

## What we learned
The project won the Herman Goldstein Award for Excellence in Problem-Oriented Policing in 2022, as reported in the COPS Office *Dispatch* (September 2022). The award recognises excellence in problem-oriented policing, which means carrying the work through to an assessment.

For a campus agency, the lesson is that students living off campus are still your community. Their housing sits outside the campus boundary, so the partners who can change things (landlords, the city, the students themselves) are not the ones a campus department works with every day. Building those relationships is part of the project.

## What we would do differently
- Start the assessment plan on day one, with clear before-and-after measures.
- Bring students in early: they know which doors are left unlocked and why.
- Write the project up as you go, so it can be shared with other campus agencies.

## Sources
COPS Office, *Dispatch*, September 2022. We quote no figures here because that source, as we used it, does not give them; ask us via the department page.`,
    department: 'uc-police-division',
    author: 'chief',
    topics: ['problem-oriented-policing', 'community-policing', 'victim-services'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Recurring burglaries of off-campus student housing.',
    approach: 'A problem-oriented (SARA) project analysing the burglary pattern and responding to its causes with partners.',
    staffing: 'University of Cincinnati Police Division officers and analysts working the project.',
    partners: 'Not detailed in the source used for this write-up.',
    costNotes: 'No cost figures in the source used for this write-up.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: 'Winner of the Herman Goldstein Award, 2022 (COPS Office Dispatch, September 2022). No figures in the source used here.',
    contact: CONTACT,
    publishedAt: '2026-01-20',
    outcomes: [],
    resources: [],
  },
  {
    slug: 'san-diego-graffiti-reduction',
    title: 'Graffiti reduction: a problem-oriented project that cut graffiti by 90%',
    summary:
      'A San Diego Police Department problem-oriented project against graffiti reduced it by 90% and won the Herman Goldstein Award in 2000.',
    body: `## What we did
Graffiti is the kind of problem that patrol answers one report at a time, forever. The San Diego Police Department took it on as a problem-oriented policing project instead: scan for where and how it happens, analyse why, respond to the causes, and assess the result.

## What we learned
The project reduced graffiti by 90%, according to the National Institute of Justice, and won the Herman Goldstein Award for Excellence in Problem-Oriented Policing in 2000.

Two lessons carry over to any agency:

- Quality-of-life problems respond to the same disciplined analysis as serious crime, and residents notice the results quickly.
- The assessment is what makes a project shareable. A 90% figure is what gets other agencies to read the rest of the write-up.

## What we would do differently
- Decide early how graffiti will be counted (reports, cleanup requests, surveys), and count it the same way before and after.
- Plan for maintenance: the gains from a problem-solving project fade if nobody owns the problem once the project ends.
- Check with the department on the current status of the work before adopting it; this write-up describes the award-winning project.

## Sources
National Institute of Justice. The figure above is theirs.`,
    department: 'san-diego-pd',
    author: 'member',
    topics: ['problem-oriented-policing', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Persistent graffiti, handled one report at a time.',
    approach: 'A problem-oriented (SARA) project: analyse where and why graffiti occurs and respond to its causes.',
    staffing: 'Not detailed in the source used for this write-up.',
    partners: 'Not detailed in the source used for this write-up.',
    costNotes: 'No cost figures in the source used for this write-up.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes:
      'Graffiti down 90%, as reported by the National Institute of Justice; Herman Goldstein Award, 2000. Project-level assessment, not an independent evaluation.',
    contact: CONTACT,
    publishedAt: '2026-02-17',
    outcomes: [
      {
        metric: 'Graffiti',
        direction: 'LOWER_IS_BETTER',
        result: -90,
        unit: '%',
        period: 'Project period',
        source: 'NIJ',
      },
    ],
    resources: [],
  },
];

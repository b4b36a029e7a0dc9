import type { SeedPractice } from '../types.ts';

/**
 * Illustrative write-ups of common program types, from the fictional "Demo:" departments only.
 * Every figure in this file is invented demo data and says so in its evidence notes.
 */

const CONTACT = "Program coordinator via the department's Muster page";
const DEMO_SOURCE = 'Department internal data (demo)';
const DEMO_NOTE = 'All figures are illustrative demo data from a fictional department.';

export const illustrativePractices: SeedPractice[] = [
  {
    slug: 'demo-riverbend-peer-support-team',
    title: 'Peer support team for officers and dispatchers',
    summary:
      'Twelve trained peer supporters, a contracted clinician and an automatic call-out after critical incidents. Peer contacts rose sixfold and sick days after critical incidents fell by half in two years.',
    body: `## What we did
In 2022 we trained twelve volunteers, sworn officers and dispatchers, as peer supporters and paired them with a contracted police psychologist for referrals. The key change was making contact automatic: after every critical incident (a shooting, a child death, a serious crash), a peer supporter reaches out to everyone involved, without anyone having to ask.

## What we learned
- Automatic call-outs removed the stigma of asking. Contacts went from about 35 a year to over 200.
- Dispatchers were the group most glad to be included; they hear the worst calls and rarely get a debrief.
- Sick days taken in the month after a critical incident fell from 3.1 to 1.4 per person involved.
- Confidentiality is everything. We wrote the confidentiality rules into policy, with the union at the table, before the first contact.

## What we would do differently
- Recruit supporters from every shift and unit from the start; our first cohort was too day-shift heavy.
- Budget for refresher training every year; peer supporters carry a real load.
- Measure earlier. Our baseline year was reconstructed from memory and EAP reports, which is weak.`,
    department: 'demo-riverbend-pd',
    author: 'member',
    topics: ['officer-wellness', 'training'],
    visibility: 'MEMBERS',
    lifecycle: 'RUNNING',
    problem:
      'Officers and dispatchers exposed to critical incidents rarely asked for help, and sick leave and turnover followed bad calls.',
    approach:
      'A trained peer support team with automatic outreach after every critical incident, backed by a contracted clinician for referrals and written confidentiality rules.',
    startedOn: '2022-03-01',
    staffing: '12 volunteer peer supporters (sworn and dispatch); a sergeant as coordinator, about 4 hours a week.',
    partners: 'Contracted police psychologist; regional employee assistance program; police officers’ union',
    trainingHours: 40,
    costStartup: 18000,
    costAnnual: 32000,
    costNotes:
      'Start-up: 40-hour peer support course for 12 people. Annual: clinician contract, refresher training, overtime for call-outs.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Counts from the department's own records before and after launch. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-03-03',
    outcomes: [
      {
        metric: 'Peer support contacts',
        direction: 'HIGHER_IS_BETTER',
        baseline: 35,
        result: 210,
        unit: 'contacts per year',
        period: '2021 vs. 2023',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Sick days in the 30 days after a critical incident, per person involved',
        direction: 'LOWER_IS_BETTER',
        baseline: 3.1,
        result: 1.4,
        unit: 'days',
        period: '2021 vs. 2023',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-cedar-county-youth-academy',
    title: "Summer youth sheriff's academy",
    summary:
      'A free one-week summer academy for 14–17-year-olds: patrol ride-alongs, dispatch, forensics and a jail tour. Grew from one class of 24 to three classes across the county, and feeds our Explorer post.',
    body: `## What we did
In 2021 we ran a one-week summer academy for 24 teenagers aged 14 to 17 at the county seat. Deputies, dispatchers, detectives and jail staff each took a day. Students did a mock crime scene, a dispatch console simulation, a ride-along and a graduation in front of their families. It is free; a local bank and the county fair board pay for shirts and lunches.

## What we learned
- Rural kids could not get to the county seat. Moving two of the three classes to outlying towns in 2023 tripled attendance.
- Parents came to graduation and stayed to talk. Some of our best community conversations happened over sheet cake.
- It is a recruiting pipeline whether you plan it or not: eleven graduates have joined the Explorer post.

## What we would do differently
- Pick instructors for enthusiasm, not seniority.
- Ask schools to help recruit; our first class was mostly deputies' relatives.
- Follow up with graduates during the school year, not just in the summer.`,
    department: 'demo-cedar-county-so',
    author: 'chief',
    topics: ['youth', 'community-policing', 'recruitment-retention'],
    visibility: 'PUBLIC',
    lifecycle: 'SCALED',
    problem: 'Few young people in the county had any contact with deputies outside of an enforcement stop.',
    approach: 'A free one-week summer academy run by deputies and civilian staff, held in several towns across the county.',
    startedOn: '2021-06-01',
    staffing: 'A deputy coordinator for six weeks a year; about 15 instructors from across the office for one day each.',
    partners: 'County school districts; a local bank and the county fair board (sponsors)',
    costAnnual: 15000,
    costNotes: 'Mostly overtime for instructors; shirts, lunches and graduation are sponsored.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Attendance and Explorer-post records. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-03-24',
    outcomes: [
      {
        metric: 'Students completing the academy',
        direction: 'HIGHER_IS_BETTER',
        baseline: 24,
        result: 72,
        unit: 'students per year',
        period: '2021 vs. 2024',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Graduates who joined the Explorer post',
        direction: 'HIGHER_IS_BETTER',
        result: 11,
        unit: 'students',
        period: '2021–2024',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-saguaro-valley-body-worn-cameras',
    title: 'Body-worn camera roll-out with a phased, evaluated launch',
    summary:
      'We equipped all patrol officers with body-worn cameras in three phases so a university partner could compare equipped and not-yet-equipped squads. Complaints per 100 officers fell from 18 to 11.',
    body: `## What we did
We rolled out body-worn cameras to 300 patrol officers in three phases over 2022–23. Phasing was partly about budget, but it also let a university criminology team compare squads that had cameras with squads that did not yet. Before the first camera went on, we published the policy: when to record, when officers may stop recording, how long footage is kept and how the public requests it.

## What we learned
- Complaints per 100 officers fell from 18 to 11, and complaints were resolved much faster because there was footage to review.
- Storage and redaction cost more than the cameras. Plan for a records clerk before you need one.
- Officers who were sceptical came round when footage cleared them of a complaint.

## What we would do differently
- Hire the redaction staff at the start, not after the backlog.
- Settle the activation rules with the union in writing before phase one; we renegotiated mid-roll-out.
- Audit activation compliance monthly from day one.`,
    department: 'demo-saguaro-valley-pd',
    author: 'chief',
    topics: ['technology', 'procedural-justice'],
    visibility: 'PUBLIC',
    lifecycle: 'SCALED',
    problem: 'Disputed accounts of encounters made complaints slow to resolve and left both residents and officers without a record.',
    approach:
      'A phased roll-out of body-worn cameras to all patrol officers, with a published recording policy and an outside evaluation comparing equipped and not-yet-equipped squads.',
    startedOn: '2022-01-01',
    staffing: 'A lieutenant as project lead; two records clerks for redaction and public requests.',
    partners: 'State university criminology team (evaluation); officers’ association',
    costStartup: 650000,
    costAnnual: 310000,
    costNotes: 'Start-up: cameras, docks and installation. Annual: cloud storage, licences, two redaction clerks.',
    evidenceLevel: 'EXTERNAL_EVALUATION',
    evidenceNotes: `Phased comparison run by a university partner. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-04-14',
    outcomes: [
      {
        metric: 'Complaints against officers',
        direction: 'LOWER_IS_BETTER',
        baseline: 18,
        result: 11,
        unit: 'per 100 officers per year',
        period: '2021 vs. 2024',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Complaints resolved within 30 days',
        direction: 'HIGHER_IS_BETTER',
        baseline: 42,
        result: 71,
        unit: '%',
        period: '2021 vs. 2024',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-riverbend-early-intervention-system',
    title: 'Early intervention system: supportive check-ins before problems become discipline',
    summary:
      'Our records system flags officers with clusters of force reports, complaints or sick days, and a supervisor holds a supportive, non-disciplinary check-in within 14 days. Use of force per 1,000 arrests fell by a quarter.',
    body: `## What we did
In 2023 we turned on an early intervention module in our records system. It flags an officer when certain indicators cluster within 90 days: use-of-force reports, complaints, pursuits, sick days, involvement in critical incidents. A flag is not discipline. It triggers a private check-in with the officer's supervisor within 14 days, with options ranging from "nothing needed" to peer support, training or a schedule change.

## What we learned
- Framing decided everything. Once officers saw that flags led to help rather than internal affairs, resistance faded.
- Thresholds needed tuning: our first settings flagged the busiest, most proactive officers, not the ones in trouble.
- Use of force per 1,000 arrests fell from 14.2 to 10.8 over two years. Other things changed too, so we do not credit the system alone.

## What we would do differently
- Train supervisors on the conversation itself before launch, not after the first awkward ones.
- Include workload in the thresholds from the start.`,
    department: 'demo-riverbend-pd',
    author: 'chief',
    topics: ['officer-wellness', 'de-escalation-use-of-force', 'technology'],
    visibility: 'MEMBERS',
    lifecycle: 'RUNNING',
    problem:
      'Warning signs of officers under strain (clusters of force, complaints, sick days) were only noticed after something went wrong.',
    approach:
      'An early intervention system that flags clusters of indicators and triggers a supportive, non-disciplinary supervisor check-in within 14 days.',
    startedOn: '2023-01-01',
    staffing: 'A professional standards sergeant reviews flags (about 5 hours a week); first-line supervisors hold check-ins.',
    partners: 'Records system vendor; police officers’ union (policy review); peer support team',
    trainingHours: 4,
    costStartup: 45000,
    costAnnual: 12000,
    costNotes: 'Start-up: software module and configuration, supervisor training. Annual: licence.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Before-and-after comparison of department records; other changes happened in the same period. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-05-05',
    outcomes: [
      {
        metric: 'Use-of-force incidents',
        direction: 'LOWER_IS_BETTER',
        baseline: 14.2,
        result: 10.8,
        unit: 'per 1,000 arrests',
        period: '2022 vs. 2024',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Flags with a supervisor check-in within 14 days',
        direction: 'HIGHER_IS_BETTER',
        result: 92,
        unit: '%',
        period: '2024',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-saguaro-valley-women-recruitment-pledge',
    title: 'Recruiting women: a 30% pledge for recruit classes',
    summary:
      'We pledged to make women 30% of our recruit classes and changed the process to match: a women-led recruiting team, a fitness prep program and family-friendly academy schedules. Women in recruit classes doubled.',
    body: `## What we did
In 2022 we adopted a public goal: women should make up 30% of every recruit class. Then we looked at where women dropped out of our hiring process. The two biggest leaks were the physical test and the academy schedule. We started a free eight-week fitness prep program, moved academy days to end in time for school pick-up, and put women officers at the front of our recruiting team.

## What we learned
- Women in recruit classes rose from 12% to 24%. We have not reached 30% yet, and we say so.
- The fitness prep program helped every applicant, not just women; pass rates rose for everyone.
- Retention matters as much as hiring. We added a mentoring program after losing two women recruits in field training.

## What we would do differently
- Map the drop-out points in your own hiring data before choosing fixes.
- Involve field training officers early; field training is where culture shows.`,
    department: 'demo-saguaro-valley-pd',
    author: 'chief',
    topics: ['recruitment-retention', 'training'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Women made up a small share of applicants and recruits, and dropped out of the hiring process at higher rates.',
    approach:
      'A public 30% goal for recruit classes, backed by changes to the hiring process: fitness prep, academy schedules, women-led recruiting and mentoring.',
    startedOn: '2022-01-01',
    staffing: 'Two recruiting officers; volunteer mentors; a fitness coordinator for prep sessions.',
    partners: 'City human resources; community college (academy scheduling)',
    costAnnual: 8000,
    costNotes: 'Mostly staff time. Annual figure covers outreach events and prep-program equipment.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Hiring and academy records. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-05-28',
    outcomes: [
      {
        metric: 'Women in recruit classes',
        direction: 'HIGHER_IS_BETTER',
        baseline: 12,
        result: 24,
        unit: '%',
        period: '2021 vs. 2024',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Women among sworn officers',
        direction: 'HIGHER_IS_BETTER',
        baseline: 9,
        result: 12,
        unit: '%',
        period: '2021 vs. 2024',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-riverbend-school-zone-speed-cameras',
    title: 'Automated speed enforcement in school zones',
    summary:
      'Speed cameras in six school zones, active only during school hours, with warnings for the first month. Drivers more than 10 mph over the limit fell from 14% to 4%, and injury crashes halved.',
    body: `## What we did
After two children were hit near the same elementary school, we worked with the city traffic engineer to install speed cameras in six school zones in 2023, active only during school hours. The first month produced warnings only, and every camera had a sign. Fines go to a dedicated traffic-safety fund, not the general budget, which we said publicly before launch.

## What we learned
- Speeding dropped fast. Drivers more than 10 mph over the limit fell from 14% to 4% of vehicles.
- Injury crashes in the six zones fell from 9 to 4 a year.
- Being open about where the money goes defused most of the "cash grab" criticism.
- Cameras freed officers from school-zone speed details for other work.

## What we would do differently
- Pair cameras with engineering changes (narrower lanes, raised crossings) from the start; the engineer's changes in year two added to the effect.
- Publish monthly data on a public page.`,
    department: 'demo-riverbend-pd',
    author: 'member',
    topics: ['traffic-safety', 'technology', 'youth'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Speeding in school zones, and two children injured near the same school.',
    approach:
      'Speed cameras in six school zones, active during school hours, with a warning period, clear signs and fines dedicated to traffic safety.',
    startedOn: '2023-08-15',
    staffing: 'One traffic officer reviews citations (about 10 hours a week); vendor handles processing.',
    partners: 'City traffic engineering; school district; state department of transportation (review)',
    costStartup: 60000,
    costAnnual: 95000,
    costNotes: 'Start-up: signs and engineering study. Annual: vendor contract, covered by fines.',
    evidenceLevel: 'EXTERNAL_EVALUATION',
    evidenceNotes: `Speed and crash data reviewed by the state department of transportation. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-06-18',
    outcomes: [
      {
        metric: 'Vehicles more than 10 mph over the limit in school zones',
        direction: 'LOWER_IS_BETTER',
        baseline: 14,
        result: 4,
        unit: '%',
        period: '2022–23 school year vs. 2024–25',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Injury crashes in the six school zones',
        direction: 'LOWER_IS_BETTER',
        baseline: 9,
        result: 4,
        unit: 'crashes per year',
        period: '2022 vs. 2024',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-cedar-county-victim-advocate-partnership',
    title: 'Domestic-violence victim advocate embedded with deputies',
    summary:
      'A victim advocate from the regional domestic-violence shelter works out of our office and contacts every domestic-violence victim within 24 hours. Protective-order applications with help more than doubled.',
    body: `## What we did
Since 2022 an advocate from the regional domestic-violence shelter has had a desk in our investigations unit. Every domestic-violence report is shared with the advocate the next morning, and the advocate reaches out to the victim within 24 hours: safety planning, shelter, help with protective orders, court accompaniment. The advocate is employed by the shelter, not by us, which matters to victims who are wary of law enforcement.

## What we learned
- Victims contacted within 24 hours went from 30% to 85%.
- Protective-order applications filed with help rose from 40 to 110 a year.
- Deputies now call the advocate from the scene in rural areas, where the shelter is an hour's drive away.

## What we would do differently
- Sign the information-sharing agreement before the advocate's first day; we lost a month to it.
- Plan for the advocate's absences: victims noticed when there was no cover.`,
    department: 'demo-cedar-county-so',
    author: 'member',
    topics: ['victim-services', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem:
      'Domestic-violence victims in rural areas rarely reached advocacy services, and many did not follow through on protective orders.',
    approach: 'A shelter-employed advocate embedded with investigators, contacting every domestic-violence victim within 24 hours.',
    startedOn: '2022-02-01',
    staffing: 'One full-time advocate (shelter employee); an investigations sergeant as liaison.',
    partners: 'Regional domestic-violence shelter; county attorney’s office',
    costAnnual: 55000,
    costNotes: 'We pay half the advocate’s salary and benefits; the shelter pays the rest from a state grant.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Advocate contact logs and court filing counts. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-07-09',
    outcomes: [
      {
        metric: 'Domestic-violence victims contacted by an advocate within 24 hours',
        direction: 'HIGHER_IS_BETTER',
        baseline: 30,
        result: 85,
        unit: '%',
        period: '2021 vs. 2024',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Protective-order applications filed with advocate help',
        direction: 'HIGHER_IS_BETTER',
        baseline: 40,
        result: 110,
        unit: 'applications per year',
        period: '2021 vs. 2024',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-northfield-transit-naloxone-program',
    title: 'Naloxone carry program for transit officers and station staff',
    summary:
      'Every transit officer carries naloxone, and we extended training and kits to station agents. In the first year officers reversed 23 overdoses on trains and platforms.',
    body: `## What we did
Overdoses on our trains and in station restrooms were rising, and an ambulance can take minutes to reach a platform. In 2023 we trained all 60 officers to recognise an opioid overdose and give naloxone, and put a kit on every duty belt. After six months we extended the training and kits to station agents, who are often first on scene.

## What we learned
- In the first 12 months officers gave naloxone 23 times with the person alive at handover to EMS.
- Station agents wanted in once they saw it work; they are now a big part of the response.
- Every use is followed by a referral card and, where the person agrees, a call from a county outreach worker.

## What we would do differently
- Track kit expiry centrally; we found expired kits on belts at the first audit.
- Add a short debrief for officers after each reversal; some found them harder than expected.`,
    department: 'demo-northfield-transit-pd',
    author: 'chief',
    topics: ['substance-use-diversion', 'training', 'officer-wellness'],
    visibility: 'PUBLIC',
    lifecycle: 'SCALED',
    problem: 'Opioid overdoses on trains and in stations, where EMS takes time to arrive.',
    approach:
      'Naloxone training and kits for every transit officer, later extended to station agents, with referrals to county outreach after each use.',
    startedOn: '2023-04-01',
    staffing: 'A training officer; all sworn officers and station agents carry kits.',
    partners: 'State health department (free kits); county outreach team; regional EMS',
    trainingHours: 2,
    costStartup: 9000,
    costAnnual: 6000,
    costNotes: 'Kits are supplied free by the state; costs are training time, pouches and replacement logistics.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Use-of-naloxone reports. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-07-30',
    outcomes: [
      {
        metric: 'Overdoses reversed by officers (person alive at EMS handover)',
        direction: 'HIGHER_IS_BETTER',
        result: 23,
        unit: 'people',
        period: 'First 12 months',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Officers carrying naloxone on shift',
        direction: 'HIGHER_IS_BETTER',
        baseline: 0,
        result: 100,
        unit: '%',
        period: 'Launch vs. month 3',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-lakeshore-de-escalation-scenario-training',
    title: 'De-escalation scenario training for a small department (ICAT-style)',
    summary:
      'Sixteen hours of scenario-based de-escalation training a year for every officer, modelled on ICAT and taught in-house. Use-of-force incidents fell from 11 to 6 a year and officer injuries from 5 to 2.',
    body: `## What we did
With 15 officers, we cannot send people away for a week. In 2023 two of our sergeants became instructors in an ICAT-style curriculum (integrating communications, assessment and tactics) and we now run 16 hours a year in-house: short classroom blocks, then scenarios built from our own calls, with community volunteers and elders as role players. Mental-health crisis and intoxication scenarios get the most time because they are our most common hard calls.

## What we learned
- Use-of-force incidents went from 11 to 6 a year and officer injuries from 5 to 2. Small numbers, so we watch the trend, not a single year.
- Scenarios from our own calls landed far better than generic videos.
- Having community members as role players built trust both ways.

## What we would do differently
- Train dispatchers alongside officers; what the officer knows on arrival shapes the whole call.
- Film the scenarios for debriefs from the start.`,
    department: 'demo-lakeshore-tribal-pd',
    author: 'chief',
    topics: ['de-escalation-use-of-force', 'training', 'crisis-intervention-mental-health'],
    visibility: 'MEMBERS',
    lifecycle: 'RUNNING',
    problem: 'Calls involving crisis and intoxication were ending in force more often than they needed to, and officers were getting hurt.',
    approach:
      'Annual in-house scenario-based de-escalation training modelled on ICAT, using local calls as scenarios and community role players.',
    startedOn: '2023-01-01',
    staffing: 'Two sergeant instructors; all 15 officers trained each year.',
    partners: 'Tribal elders and community volunteers (role players); tribal behavioural-health program',
    trainingHours: 16,
    costStartup: 7000,
    costAnnual: 11000,
    costNotes: 'Start-up: instructor certification. Annual: overtime and backfill during training days.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Use-of-force and injury reports; small numbers. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-08-20',
    outcomes: [
      {
        metric: 'Use-of-force incidents',
        direction: 'LOWER_IS_BETTER',
        baseline: 11,
        result: 6,
        unit: 'per year',
        period: '2022 vs. 2024',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Officer injuries on duty',
        direction: 'LOWER_IS_BETTER',
        baseline: 5,
        result: 2,
        unit: 'per year',
        period: '2022 vs. 2024',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-lakeshore-community-advisory-board',
    title: 'Community advisory board with elders and youth',
    summary:
      'A nine-member advisory board of elders, youth and community members meets monthly with the chief, reviews policies before adoption and hears concerns. No hard data yet; we describe what changed.',
    body: `## What we did
In 2024 we set up a community advisory board with nine members: three elders, three young people aged 16 to 24, and three members chosen by the tribal council. It meets monthly with the chief. The board sees draft policies before they are adopted, hears community concerns and reports back to the council.

## What we learned
- The board changed two policies before adoption: how we handle welfare checks on elders living alone, and how we notify families after a death.
- Young members brought concerns we were not hearing at all, about how officers speak to teenagers at community events.
- The board only works if the chief shows up, every time, and reports back what happened to its advice.

## What we would do differently
- Give members a short orientation on how the department actually works; the first meetings were spent on basics.
- Set a simple way to measure trust (a yearly community survey) before starting, so we have something more than impressions.`,
    department: 'demo-lakeshore-tribal-pd',
    author: 'member',
    topics: ['community-policing', 'procedural-justice', 'youth'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Community members had no regular channel to shape police policy or raise concerns outside of complaints.',
    approach:
      'A standing advisory board of elders, youth and council appointees that reviews draft policies and meets monthly with the chief.',
    startedOn: '2024-02-01',
    staffing: 'The chief and an administrative assistant (minutes, scheduling).',
    partners: 'Tribal council; elders’ circle; youth council',
    costAnnual: 3000,
    costNotes: 'Meals and travel for members.',
    evidenceLevel: 'ANECDOTAL',
    evidenceNotes: `No measured outcomes yet; the policy changes described are the evidence. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-09-10',
    outcomes: [],
    resources: [],
  },
  {
    slug: 'demo-cedar-county-chaplaincy',
    title: 'Volunteer chaplaincy for deputies, families and death notifications',
    summary:
      'Five volunteer chaplains from different faith traditions support deputies after hard calls and go with deputies on death notifications. Simple, cheap and valued, though we have little data.',
    body: `## What we did
Our chaplaincy has five volunteers from different faith traditions. They ride along, are on call around the clock, and go with deputies on every death notification. They are also there for deputies and their families after critical incidents, and for jail staff, who are easy to forget. Chaplains do not proselytise; that rule is in writing and they sign it.

## What we learned
- Death notifications are better for everyone with a chaplain present. Deputies say so, and families have told us the same.
- Deputies who would never call a counsellor will talk to a chaplain in a patrol car.
- Chaplains were called out 64 times last year, most of them for death notifications.

## What we would do differently
- Recruit chaplains who reflect the county, including faiths other than our own founding volunteers'.
- Train chaplains in the basics of trauma and referral, and connect them to our peer support contacts.`,
    department: 'demo-cedar-county-so',
    author: 'chief',
    topics: ['officer-wellness', 'victim-services'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'Deputies carried the weight of death notifications and hard calls alone, and families received news without support.',
    approach: 'Volunteer chaplains on call for death notifications, critical incidents and staff support, under a written code of conduct.',
    startedOn: '2019-01-01',
    staffing: 'Five volunteer chaplains; a lieutenant as coordinator.',
    partners: 'Local faith communities',
    trainingHours: 24,
    costAnnual: 4000,
    costNotes: 'Training, radios and mileage for volunteers.',
    evidenceLevel: 'ANECDOTAL',
    evidenceNotes: `Feedback from deputies and families, plus call-out counts. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-10-01',
    outcomes: [
      {
        metric: 'Chaplain call-outs (death notifications and critical incidents)',
        result: 64,
        unit: 'call-outs per year',
        period: '2024',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-saguaro-valley-text-a-tip-app',
    title: 'Anonymous text-a-tip app: why we stopped it',
    summary:
      'We launched a vendor app for anonymous tips by text. Use stayed low, the licence fee doubled, and most tips still came by phone, so we ended it after two years and moved tips to existing channels.',
    body: `## What we did
In 2021 we bought a vendor app that let residents send anonymous tips by text, with photos. We promoted it at community meetings, in schools and on social media. A detective sergeant monitored it during business hours.

## What we learned
- Use never took off: about 6 tips a month, against about 40 a month by phone.
- Most app tips duplicated calls we had already received, or were complaints that belonged elsewhere.
- The vendor doubled the licence fee at renewal.
- Business-hours monitoring was a risk: an urgent tip sent on a Friday night could sit until Monday.

We ended the app in 2023 and moved tips to the regional Crime Stoppers line and text-to-911, which are monitored around the clock.

## What we would do differently
- Ask residents how they want to send tips before buying anything.
- Insist on a pilot with an exit clause and usage targets.
- Never run a tip channel that is not monitored around the clock.`,
    department: 'demo-saguaro-valley-pd',
    author: 'member',
    topics: ['technology', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'DISCONTINUED',
    discontinuedReason:
      'Low use (about 6 tips a month), a doubled licence fee and the risk of unmonitored tips outside business hours; tips moved to Crime Stoppers and text-to-911.',
    problem: 'Residents, especially young people, said they would rather text than call with information about crime.',
    approach: 'A vendor app for anonymous text and photo tips, monitored by a detective sergeant during business hours.',
    startedOn: '2021-03-01',
    staffing: 'One detective sergeant monitoring during business hours.',
    partners: 'App vendor; school district (promotion)',
    costStartup: 25000,
    costAnnual: 18000,
    costNotes: 'Start-up: set-up and promotion. Annual: licence (doubled at renewal, which helped end it).',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Tip logs by channel. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-10-22',
    outcomes: [
      {
        // Two channels side by side, not a change over time: no direction, so it rates nothing.
        metric: 'Tips received: by phone (baseline) vs. by app (result)',
        baseline: 40,
        result: 6,
        unit: 'tips per month',
        period: '2021–2023 average',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-saguaro-valley-drone-first-responder',
    title: 'Drone as first responder: a six-month pilot',
    summary:
      'A drone launched from headquarters reaches priority calls ahead of patrol and streams video to responding officers. In the pilot, time to first eyes on scene fell from 6.5 to 2.1 minutes.',
    body: `## What we did
In 2025 we started a six-month pilot: a drone docked on the roof of headquarters, flown by a remote pilot in the real-time crime centre, launches on selected priority calls within a two-mile radius. It streams video to the officers on their way. Before the first flight we published a policy: no flights for general surveillance, camera pointed at the horizon in transit, footage kept 30 days unless evidence.

## What we learned
- Median time to first eyes on scene fell from 6.5 to 2.1 minutes.
- 18% of drone calls were closed without sending a patrol car, mostly false alarms and vehicles already gone.
- Officers arrive knowing more. Several calls described as "man with a gun" turned out to be something else.
- The community questions were about privacy, not cost. Publishing flight logs answered most of them.

## What we would do differently
- Hold community meetings before buying, not after.
- Staff the remote pilot position properly; overtime is not sustainable.

We will decide on expansion after the pilot review.`,
    department: 'demo-saguaro-valley-pd',
    author: 'chief',
    topics: ['technology', 'budget-staffing'],
    visibility: 'MEMBERS',
    lifecycle: 'PILOT',
    problem: 'Patrol response times to priority calls in a growing city, and officers arriving with little information.',
    approach:
      'A docked drone launched on selected priority calls, flown by a remote pilot, streaming live video to responding officers, under a published privacy policy.',
    startedOn: '2025-09-01',
    staffing: 'Remote pilots in the real-time crime centre (two FAA-certified officers on overtime during the pilot).',
    partners: 'Drone vendor; city attorney (privacy policy); neighbourhood associations',
    costStartup: 180000,
    costAnnual: 90000,
    costNotes: 'Start-up: drone, dock and integration. Annual: vendor service and pilot overtime.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Computer-aided dispatch and flight logs for the pilot period. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-11-12',
    outcomes: [
      {
        metric: 'Median time to first eyes on scene',
        direction: 'LOWER_IS_BETTER',
        baseline: 6.5,
        result: 2.1,
        unit: 'minutes',
        period: 'Pilot (6 months) vs. same calls the year before',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Drone calls closed without a patrol unit',
        direction: 'HIGHER_IS_BETTER',
        result: 18,
        unit: '%',
        period: 'Pilot (6 months)',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
  {
    slug: 'demo-northfield-transit-station-outreach',
    title: 'Station outreach team: transit officer and social worker pairs for mental health and crisis',
    summary:
      'Pairs of a transit officer and a county social worker patrol the busiest stations, connecting people in mental health crisis or homelessness to services. Referrals accepted rose to 140 a year; trespass arrests fell.',
    body: `## What we did
Our busiest stations had become shelters of last resort, and officers were making the same trespass arrests of the same people. In 2024 we paired two officers with two county social workers. They walk the three busiest stations on weekdays, get to know the regulars, and offer services before enforcement. The officers have completed crisis intervention training.

## What we learned
- Referrals accepted (shelter, detox, mental-health appointments) went from almost none to 140 a year.
- Trespass arrests at the three stations fell from 210 to 120 a year.
- Consistency is the program. People accepted help from faces they had seen for weeks, not from strangers.

## What we would do differently
- Add evening coverage; much of the crisis activity happens after the social workers' shifts end.
- Agree with the county on shared case notes early; we spent months on data sharing.`,
    department: 'demo-northfield-transit-pd',
    author: 'member',
    topics: ['crisis-intervention-mental-health', 'community-policing'],
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    problem: 'People in mental-health crisis or homelessness sheltering in stations, and repeated trespass arrests that changed nothing.',
    approach: 'Officer and social-worker pairs patrolling the busiest stations on weekdays, offering services before enforcement.',
    startedOn: '2024-05-01',
    staffing: 'Two CIT-trained officers and two county social workers, weekdays.',
    partners: 'County department of social services; local shelters; regional behavioural-health provider',
    costAnnual: 140000,
    costNotes: 'Our share: two officers’ time. The county pays the social workers.',
    evidenceLevel: 'INTERNAL_DATA',
    evidenceNotes: `Referral logs and arrest records. ${DEMO_NOTE}`,
    contact: CONTACT,
    publishedAt: '2026-08-04',
    outcomes: [
      {
        metric: 'Referrals accepted',
        direction: 'HIGHER_IS_BETTER',
        baseline: 5,
        result: 140,
        unit: 'per year',
        period: '2023 vs. 2025',
        source: DEMO_SOURCE,
      },
      {
        metric: 'Trespass arrests at the three stations',
        direction: 'LOWER_IS_BETTER',
        baseline: 210,
        result: 120,
        unit: 'per year',
        period: '2023 vs. 2025',
        source: DEMO_SOURCE,
      },
    ],
    resources: [],
  },
];

/** Words and phrases of real policing programs, for generated data that searches like the real thing. */

export const programs: { name: string; topics: string[]; words: string[] }[] = [
  { name: 'crisis intervention team', topics: ['crisis-intervention-mental-health', 'training'], words: ['mental health', 'crisis calls', '40-hour training', 'de-escalation', 'NAMI'] },
  { name: 'co-responder program', topics: ['crisis-intervention-mental-health', 'community-policing'], words: ['clinician', 'ride-along', 'behavioral health', 'diversion from jail', 'follow-up visits'] },
  { name: 'alternative response team', topics: ['crisis-intervention-mental-health', 'budget-staffing'], words: ['paramedic', 'non-police response', 'low-level calls', 'dispatch triage', '911 diversion'] },
  { name: 'community policing beat', topics: ['community-policing'], words: ['foot patrol', 'neighborhood meetings', 'trust', 'problem solving', 'beat integrity'] },
  { name: 'procedural justice training', topics: ['procedural-justice', 'training'], words: ['fairness', 'voice', 'respect', 'legitimacy', 'train-the-trainer'] },
  { name: 'implicit bias workshop', topics: ['implicit-bias', 'training'], words: ['bias awareness', 'stops data', 'disparities', 'scenario exercises'] },
  { name: 'de-escalation training', topics: ['de-escalation-use-of-force', 'training'], words: ['ICAT', 'time and distance', 'use of force', 'scenario-based', 'critical decision-making'] },
  { name: 'use-of-force review board', topics: ['de-escalation-use-of-force'], words: ['after-action review', 'body-worn camera footage', 'policy revision', 'force reports'] },
  { name: 'pre-arrest diversion', topics: ['substance-use-diversion'], words: ['case management', 'treatment referral', 'low-level drug offenses', 'recidivism', 'prosecutor partnership'] },
  { name: 'naloxone program', topics: ['substance-use-diversion', 'officer-wellness'], words: ['overdose reversal', 'opioids', 'harm reduction', 'kits in every car'] },
  { name: 'youth academy', topics: ['youth', 'community-policing'], words: ['summer program', 'mentoring', 'high school', 'cadets', 'career pathway'] },
  { name: 'school resource officer review', topics: ['youth'], words: ['schools', 'restorative practices', 'arrests at school', 'memorandum of understanding'] },
  { name: 'victim advocate partnership', topics: ['victim-services'], words: ['domestic violence', 'advocates', 'protective orders', 'follow-up within 24 hours', 'lethality assessment'] },
  { name: 'peer support team', topics: ['officer-wellness'], words: ['critical incidents', 'peer supporters', 'confidential', 'clinician', 'resilience'] },
  { name: 'early intervention system', topics: ['officer-wellness', 'technology'], words: ['supervisor alerts', 'complaints', 'indicators', 'coaching'] },
  { name: 'recruitment campaign', topics: ['recruitment-retention'], words: ['women in policing', '30x30', 'hiring', 'applicants', 'retention bonuses'] },
  { name: 'field training overhaul', topics: ['training', 'recruitment-retention'], words: ['field training officers', 'new recruits', 'evaluation', 'coaching model'] },
  { name: 'body-worn camera roll-out', topics: ['technology'], words: ['body-worn cameras', 'footage retention', 'complaints', 'evidence', 'policy'] },
  { name: 'drone first responder pilot', topics: ['technology'], words: ['drones', 'response time', 'privacy policy', 'aerial view'] },
  { name: 'traffic safety corridor', topics: ['traffic-safety'], words: ['speed cameras', 'crashes', 'school zones', 'vision zero', 'enforcement'] },
  { name: 'civilian staffing plan', topics: ['budget-staffing'], words: ['civilian investigators', 'call reduction', 'overtime', 'workload analysis'] },
  { name: 'focused deterrence initiative', topics: ['violence-reduction'], words: ['group violence', 'call-ins', 'street outreach', 'shootings', 'community moral voice'] },
  { name: 'violence interruption program', topics: ['violence-reduction', 'community-policing'], words: ['violence interrupters', 'hospital-based', 'retaliation', 'outreach workers'] },
  { name: 'problem-oriented project', topics: ['problem-oriented-policing'], words: ['SARA', 'scanning', 'analysis', 'response', 'assessment', 'repeat locations'] },
  { name: 'hot spots patrol', topics: ['hot-spots-policing'], words: ['hot spots', 'directed patrol', 'randomised', 'displacement', 'crime mapping'] },
];

export const contexts = ['downtown', 'for the transit system', 'in rural districts', 'on the east side', 'for night shifts', 'county-wide', 'with local schools', 'near the university', 'in public housing', 'along the highway corridor', 'for the whole department', 'in two precincts'];

export const metrics = [
  ['Calls diverted from police', 'calls'], ['Arrests', 'arrests'], ['Use-of-force incidents', 'incidents'], ['Complaints', 'complaints'],
  ['Repeat calls to the same address', 'calls'], ['Officer injuries', 'injuries'], ['Response time', 'minutes'], ['Overdose deaths', 'deaths'],
  ['Shootings', 'shootings'], ['Crashes', 'crashes'], ['Applicants', 'applicants'], ['Sick days after critical incidents', 'days'],
] as const;

export const towns = ['Fairview', 'Riverton', 'Oak Ridge', 'Maple Falls', 'Clearwater', 'Greenville', 'Springdale', 'Lakewood', 'Franklin', 'Georgetown', 'Salem', 'Madison', 'Clinton', 'Arlington', 'Ashland', 'Bristol', 'Dover', 'Milton', 'Newport', 'Oxford', 'Burlington', 'Chester', 'Dayton', 'Hudson', 'Jackson', 'Kingston', 'Lebanon', 'Marion', 'Monroe', 'Union'];

/** Weighted roughly by population. */
export const states = ['CA', 'CA', 'CA', 'TX', 'TX', 'TX', 'FL', 'FL', 'NY', 'NY', 'PA', 'IL', 'OH', 'GA', 'NC', 'MI', 'NJ', 'VA', 'WA', 'AZ', 'MA', 'TN', 'IN', 'MO', 'MD', 'WI', 'CO', 'MN', 'SC', 'AL', 'LA', 'KY', 'OR', 'OK', 'CT', 'UT', 'IA', 'NV', 'AR', 'MS', 'KS', 'NM', 'NE', 'ID', 'WV', 'HI', 'NH', 'ME', 'MT', 'RI', 'DE', 'SD', 'ND', 'AK', 'VT', 'WY'];

export const sentences = [
  'We started after {word} became the most common complaint at community meetings.',
  'The department worked with {partner} to design the {program}.',
  'Officers received training on {word} and {word2} before the launch.',
  'Supervisors reviewed {word} every month and adjusted the schedule.',
  'The biggest surprise was how much {word} mattered to residents.',
  'We would start smaller next time and measure {word} from day one.',
  'Funding came from a state grant and the general fund; {word} cost more than planned.',
  'Dispatchers were part of the design, which made {word} work on busy nights.',
  'The union supported the pilot once {word} was written into policy.',
  'Data came from the records system and a quarterly survey about {word}.',
];

export const partners = ['the county health department', 'a local university', 'the school district', 'a community nonprofit', 'the prosecutor’s office', 'the fire department', 'a hospital system', 'the city council', 'faith leaders', 'the state police academy'];

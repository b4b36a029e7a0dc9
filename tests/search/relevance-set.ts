/**
 * What must come first for queries officers actually type, over the demo data. `first` lists
 * write-ups that must all be within the top `within` results (order among them free); `only`
 * says every one of the top `within` results must come from that list.
 */
export interface RelevanceCase {
  query: string;
  within: number;
  first?: string[];
  only?: string[];
}

const coResponse = [
  'memphis-crisis-intervention-team',
  'memphis-care-team',
  'eugene-cahoots',
  'denver-star-response',
  'demo-northfield-transit-station-outreach',
];

export const relevanceSet: RelevanceCase[] = [
  { query: 'mental health crisis', within: 3, only: coResponse },
  { query: 'crisis intervention team', within: 1, first: ['memphis-crisis-intervention-team'] },
  { query: 'co-responder', within: 2, first: ['memphis-care-team'] },
  { query: 'clinician paramedic instead of police', within: 1, first: ['denver-star-response'] },
  { query: 'CAHOOTS', within: 1, first: ['eugene-cahoots'] },
  { query: 'procedural justice training', within: 2, first: ['stockton-procedural-justice-training', 'ca-doj-principled-policing'] },
  { query: 'implicit bias', within: 1, first: ['ca-doj-principled-policing'] },
  { query: 'focused deterrence', within: 3, first: ['boston-operation-ceasefire', 'oakland-ceasefire'] },
  { query: 'group violence', within: 3, first: ['boston-operation-ceasefire'] },
  { query: 'violence interrupters', within: 1, first: ['chicago-cure-violence'] },
  { query: 'open-air drug market', within: 1, first: ['high-point-drug-market-intervention'] },
  { query: 'pre-booking diversion', within: 1, first: ['seattle-lead-diversion'] },
  { query: 'hot spots foot patrol', within: 1, first: ['philadelphia-foot-patrol-experiment'] },
  { query: 'illegal guns', within: 1, first: ['kansas-city-gun-experiment'] },
  { query: 'predictive policing', within: 1, first: ['philadelphia-predictive-policing-experiment'] },
  { query: 'SARA problem-oriented policing', within: 3, first: ['problem-oriented-policing-sara'] },
  { query: 'burglary student housing', within: 1, first: ['uc-off-campus-burglary-reduction'] },
  { query: 'graffiti', within: 1, first: ['san-diego-graffiti-reduction'] },
  { query: 'peer support officer wellness', within: 2, first: ['demo-riverbend-peer-support-team'] },
  { query: 'youth police academy', within: 1, first: ['demo-cedar-county-youth-academy'] },
  { query: 'body-worn cameras', within: 1, first: ['demo-saguaro-valley-body-worn-cameras'] },
  { query: 'naloxone overdose', within: 1, first: ['demo-northfield-transit-naloxone-program'] },
  { query: 'de-escalation scenario training', within: 2, first: ['demo-lakeshore-de-escalation-scenario-training'] },
  { query: 'recruiting women officers', within: 2, first: ['demo-saguaro-valley-women-recruitment-pledge'] },
  { query: 'speed cameras school zone', within: 1, first: ['demo-riverbend-school-zone-speed-cameras'] },
];

import type { SeedDepartment } from '../types.ts';

/**
 * Demo departments. The real agencies are the ones behind the programs in realPractices; their sizes
 * are approximate, rounded public figures. Departments whose names start with "Demo:" are fictional.
 */
export const demoDepartments: SeedDepartment[] = [
  // --- Real agencies -------------------------------------------------------------------------
  {
    slug: 'memphis-pd',
    name: 'Memphis Police Department',
    agencyType: 'MUNICIPAL',
    state: 'TN',
    city: 'Memphis',
    swornOfficers: 2000,
    populationServed: 630000,
    description:
      'Municipal police department of Memphis, Tennessee. Home of the Crisis Intervention Team model, often called the "Memphis Model".',
  },
  {
    slug: 'ca-doj',
    name: 'California Department of Justice',
    agencyType: 'STATE',
    state: 'CA',
    city: 'Sacramento',
    swornOfficers: null,
    populationServed: 39000000,
    description:
      'The state department of justice led by the California Attorney General. Developed the Principled Policing course for law-enforcement executives.',
    website: 'https://oag.ca.gov',
  },
  {
    slug: 'stockton-pd',
    name: 'Stockton Police Department',
    agencyType: 'MUNICIPAL',
    state: 'CA',
    city: 'Stockton',
    swornOfficers: 450,
    populationServed: 320000,
    description:
      'Municipal police department of Stockton, California, and one of six pilot sites of the National Initiative for Building Community Trust and Justice.',
  },
  {
    slug: 'seattle-pd',
    name: 'Seattle Police Department',
    agencyType: 'MUNICIPAL',
    state: 'WA',
    city: 'Seattle',
    swornOfficers: 1000,
    populationServed: 750000,
    description:
      'Municipal police department of Seattle, Washington, where Law Enforcement Assisted Diversion (LEAD) began in 2011.',
    website: 'https://www.seattle.gov/police',
  },
  {
    slug: 'eugene-pd',
    name: 'Eugene Police Department',
    agencyType: 'MUNICIPAL',
    state: 'OR',
    city: 'Eugene',
    swornOfficers: 190,
    populationServed: 180000,
    description:
      'Municipal police department of Eugene, Oregon, long-time partner of the CAHOOTS crisis-response teams run by White Bird Clinic.',
  },
  {
    slug: 'denver-pd',
    name: 'Denver Police Department',
    agencyType: 'MUNICIPAL',
    state: 'CO',
    city: 'Denver',
    swornOfficers: 1500,
    populationServed: 715000,
    description:
      'Police department of the City and County of Denver, Colorado, and partner department of the STAR civilian response program.',
  },
  {
    slug: 'boston-pd',
    name: 'Boston Police Department',
    agencyType: 'MUNICIPAL',
    state: 'MA',
    city: 'Boston',
    swornOfficers: 2100,
    populationServed: 650000,
    description:
      'Municipal police department of Boston, Massachusetts, where Operation Ceasefire, the origin of Group Violence Intervention, began in 1996.',
  },
  {
    slug: 'oakland-pd',
    name: 'Oakland Police Department',
    agencyType: 'MUNICIPAL',
    state: 'CA',
    city: 'Oakland',
    swornOfficers: 700,
    populationServed: 430000,
    description:
      'Municipal police department of Oakland, California, which runs the Oakland Ceasefire focused-deterrence strategy with its partners.',
  },
  {
    slug: 'chicago-pd',
    name: 'Chicago Police Department',
    agencyType: 'MUNICIPAL',
    state: 'IL',
    city: 'Chicago',
    swornOfficers: 11700,
    populationServed: 2700000,
    description:
      'Municipal police department of Chicago, Illinois, one of the largest in the United States.',
  },
  {
    slug: 'high-point-pd',
    name: 'High Point Police Department',
    agencyType: 'MUNICIPAL',
    state: 'NC',
    city: 'High Point',
    swornOfficers: 230,
    populationServed: 115000,
    description:
      'Municipal police department of High Point, North Carolina, known for the Drug Market Intervention strategy.',
  },
  {
    slug: 'philadelphia-pd',
    name: 'Philadelphia Police Department',
    agencyType: 'MUNICIPAL',
    state: 'PA',
    city: 'Philadelphia',
    swornOfficers: 6000,
    populationServed: 1600000,
    description:
      'Municipal police department of Philadelphia, Pennsylvania, which has taken part in several randomised field experiments.',
    website: 'https://www.phillypolice.com',
  },
  {
    slug: 'kansas-city-pd',
    name: 'Kansas City Missouri Police Department',
    agencyType: 'MUNICIPAL',
    state: 'MO',
    city: 'Kansas City',
    swornOfficers: 1200,
    populationServed: 510000,
    description:
      'Municipal police department of Kansas City, Missouri, site of the 1992–93 Kansas City Gun Experiment.',
    website: 'https://www.kcpd.org',
  },
  {
    slug: 'uc-police-division',
    name: 'University of Cincinnati Police Division',
    agencyType: 'CAMPUS',
    state: 'OH',
    city: 'Cincinnati',
    swornOfficers: 70,
    populationServed: 50000,
    description:
      'Campus police agency of the University of Cincinnati, Ohio. Winner of the 2022 Herman Goldstein Award for its off-campus burglary reduction project.',
  },
  {
    slug: 'san-diego-pd',
    name: 'San Diego Police Department',
    agencyType: 'MUNICIPAL',
    state: 'CA',
    city: 'San Diego',
    swornOfficers: 1800,
    populationServed: 1400000,
    description:
      'Municipal police department of San Diego, California, whose graffiti reduction project won the Herman Goldstein Award in 2000.',
    website: 'https://www.sandiego.gov/police',
  },

  // --- Fictional demo agencies ---------------------------------------------------------------
  {
    slug: 'demo-riverbend-pd',
    name: 'Demo: Riverbend Police Department',
    agencyType: 'MUNICIPAL',
    state: 'MN',
    city: 'Riverbend',
    swornOfficers: 85,
    populationServed: 60000,
    description:
      'Fictional demo department: a mid-sized city police department on the river, used to show how a department page looks.',
  },
  {
    slug: 'demo-cedar-county-so',
    name: "Demo: Cedar County Sheriff's Office",
    agencyType: 'SHERIFF',
    state: 'TX',
    city: 'Cedar Springs',
    swornOfficers: 140,
    populationServed: 95000,
    description:
      "Fictional demo department: a county sheriff's office covering small towns and rural unincorporated areas, and running the county jail.",
  },
  {
    slug: 'demo-northfield-transit-pd',
    name: 'Demo: Northfield Transit Police',
    agencyType: 'TRANSIT',
    state: 'VA',
    city: 'Northfield',
    swornOfficers: 60,
    populationServed: 400000,
    description:
      'Fictional demo department: the police force of a regional bus and light-rail authority, patrolling stations, vehicles and park-and-ride lots.',
  },
  {
    slug: 'demo-lakeshore-tribal-pd',
    name: 'Demo: Lakeshore Tribal Police',
    agencyType: 'TRIBAL',
    state: 'WI',
    city: 'Lakeshore',
    swornOfficers: 15,
    populationServed: 6000,
    description:
      'Fictional demo department: a small tribal police department serving a reservation community along a lake shore.',
  },
  {
    slug: 'demo-saguaro-valley-pd',
    name: 'Demo: Saguaro Valley Police Department',
    agencyType: 'MUNICIPAL',
    state: 'AZ',
    city: 'Saguaro Valley',
    swornOfficers: 420,
    populationServed: 250000,
    description:
      'Fictional demo department: a fast-growing suburban city police department in the desert Southwest.',
  },
];

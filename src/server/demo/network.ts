import type { EssaStatus, OrganizationKind, Role, TitleIStatus } from '../../shared/roles';

/**
 * The demo network. Hudson School District and Hudson Middle School are the source documents' own
 * examples; the other names are ordinary placeholders. Later features add their data keyed by these names.
 */
export type DemoOrganization = {
  key: string;
  kind: OrganizationKind;
  name: string;
  parent?: string;
  cityCounty?: string;
  zipCode?: string;
  phone?: string;
  leaderName?: string;
  essaStatus?: EssaStatus;
  titleIStatus?: TitleIStatus;
  federalDesignation?: string;
};

export const demoPassword = 'throughline-demo';

export const demoOrganizations: DemoOrganization[] = [
  {
    key: 'state',
    kind: 'state',
    name: 'State Department of Education',
    cityCounty: 'Capital City',
    leaderName: 'Commissioner of Education',
  },
  {
    key: 'hudson',
    kind: 'district',
    name: 'Hudson School District',
    parent: 'state',
    cityCounty: 'Hudson County',
    zipCode: '12534',
    phone: '(555) 010-1000',
    leaderName: 'Dr. Maria Alvarez',
    essaStatus: 'none',
    titleIStatus: 'schoolwide',
  },
  {
    key: 'riverside',
    kind: 'district',
    name: 'Riverside School District',
    parent: 'state',
    cityCounty: 'Lake County',
    zipCode: '12601',
    phone: '(555) 010-2000',
    leaderName: 'James Porter',
    titleIStatus: 'schoolwide',
  },
  {
    key: 'pinevalley',
    kind: 'district',
    name: 'Pine Valley School District',
    parent: 'state',
    cityCounty: 'Pine County',
    zipCode: '12901',
    phone: '(555) 010-3000',
    leaderName: 'Angela Brooks',
    titleIStatus: 'targeted',
  },
  {
    key: 'hudson-ms',
    kind: 'school',
    name: 'Hudson Middle School',
    parent: 'hudson',
    cityCounty: 'Hudson County',
    zipCode: '12534',
    phone: '(555) 010-1100',
    leaderName: 'Principal Karen Lee',
    essaStatus: 'csi',
    titleIStatus: 'schoolwide',
    federalDesignation: 'Comprehensive Support and Improvement',
  },
  {
    key: 'hudson-hs',
    kind: 'school',
    name: 'Hudson High School',
    parent: 'hudson',
    cityCounty: 'Hudson County',
    zipCode: '12534',
    essaStatus: 'tsi',
    titleIStatus: 'targeted',
    federalDesignation: 'Targeted Support and Improvement',
  },
  {
    key: 'hudson-es',
    kind: 'school',
    name: 'Hudson Elementary School',
    parent: 'hudson',
    cityCounty: 'Hudson County',
    zipCode: '12534',
    titleIStatus: 'schoolwide',
  },
  {
    key: 'lincoln-es',
    kind: 'school',
    name: 'Lincoln Elementary School',
    parent: 'hudson',
    cityCounty: 'Hudson County',
    zipCode: '12535',
    essaStatus: 'atsi',
    titleIStatus: 'schoolwide',
    federalDesignation: 'Additional Targeted Support and Improvement',
  },
  {
    key: 'washington-es',
    kind: 'school',
    name: 'Washington Elementary School',
    parent: 'hudson',
    cityCounty: 'Hudson County',
    zipCode: '12536',
    essaStatus: 'csi',
    titleIStatus: 'schoolwide',
    federalDesignation: 'Comprehensive Support and Improvement',
  },
  {
    key: 'riverside-hs',
    kind: 'school',
    name: 'Riverside High School',
    parent: 'riverside',
    cityCounty: 'Lake County',
    zipCode: '12601',
    essaStatus: 'tsi',
    titleIStatus: 'targeted',
    federalDesignation: 'Targeted Support and Improvement',
  },
  {
    key: 'riverside-ms',
    kind: 'school',
    name: 'Riverside Middle School',
    parent: 'riverside',
    cityCounty: 'Lake County',
    zipCode: '12601',
    titleIStatus: 'schoolwide',
  },
  {
    key: 'eastside-es',
    kind: 'school',
    name: 'Eastside Elementary School',
    parent: 'riverside',
    cityCounty: 'Lake County',
    zipCode: '12603',
    essaStatus: 'csi',
    titleIStatus: 'schoolwide',
    federalDesignation: 'Comprehensive Support and Improvement',
  },
  {
    key: 'westside-es',
    kind: 'school',
    name: 'Westside Elementary School',
    parent: 'riverside',
    cityCounty: 'Lake County',
    zipCode: '12604',
    titleIStatus: 'schoolwide',
  },
  {
    key: 'pinevalley-hs',
    kind: 'school',
    name: 'Pine Valley High School',
    parent: 'pinevalley',
    cityCounty: 'Pine County',
    zipCode: '12901',
    titleIStatus: 'none',
  },
  {
    key: 'pinevalley-ms',
    kind: 'school',
    name: 'Pine Valley Middle School',
    parent: 'pinevalley',
    cityCounty: 'Pine County',
    zipCode: '12901',
    essaStatus: 'atsi',
    titleIStatus: 'targeted',
    federalDesignation: 'Additional Targeted Support and Improvement',
  },
  {
    key: 'cedarcreek-es',
    kind: 'school',
    name: 'Cedar Creek Elementary School',
    parent: 'pinevalley',
    cityCounty: 'Pine County',
    zipCode: '12903',
    titleIStatus: 'schoolwide',
  },
];

export const demoNetworks = [
  {
    name: 'Hudson Turnaround Network',
    owner: 'hudson',
    description: 'Hudson schools identified for comprehensive or additional targeted support.',
    members: ['hudson-ms', 'lincoln-es', 'washington-es'],
  },
  {
    name: 'State Priority Districts',
    owner: 'state',
    description: 'Districts in the state turnaround program, met quarterly by the state turnaround lead.',
    members: ['hudson', 'riverside'],
  },
];

export type DemoPerson = { email: string; name: string; position: string; role: Role; organization: string };

export const demoPeople: DemoPerson[] = [
  {
    email: 'state.admin@example.org',
    name: 'Sam Rivera',
    position: 'State network administrator',
    role: 'administrator',
    organization: 'state',
  },
  {
    email: 'state.lead@example.org',
    name: 'Dana Whitfield',
    position: 'State turnaround lead',
    role: 'leader',
    organization: 'state',
  },
  {
    email: 'state.staff@example.org',
    name: 'Omar Haddad',
    position: 'School improvement specialist',
    role: 'team_member',
    organization: 'state',
  },
  {
    email: 'district.admin@example.org',
    name: 'Lee Chen',
    position: 'District data coordinator',
    role: 'administrator',
    organization: 'hudson',
  },
  {
    email: 'superintendent@example.org',
    name: 'Maria Alvarez',
    position: 'Superintendent',
    role: 'leader',
    organization: 'hudson',
  },
  {
    email: 'district.liaison@example.org',
    name: 'Tom Becker',
    position: 'District turnaround lead and liaison',
    role: 'team_member',
    organization: 'hudson',
  },
  {
    email: 'principal@example.org',
    name: 'Karen Lee',
    position: 'Principal',
    role: 'leader',
    organization: 'hudson-ms',
  },
  {
    email: 'school.team@example.org',
    name: 'Priya Natarajan',
    position: 'Math instructional coach, leadership team',
    role: 'team_member',
    organization: 'hudson-ms',
  },
  {
    email: 'action.owner@example.org',
    name: 'Marcus Johnson',
    position: 'Grade 7 math teacher',
    role: 'action_owner',
    organization: 'hudson-ms',
  },
  {
    email: 'coach@example.org',
    name: 'Grace Okafor',
    position: 'Turnaround coach',
    role: 'coach',
    organization: 'hudson-ms',
  },
  {
    email: 'board.member@example.org',
    name: 'Robert Hale',
    position: 'School board member',
    role: 'viewer',
    organization: 'hudson',
  },
  // Raters of the demo self-assessments: each must hold a role where they rate.
  {
    email: 'curriculum.director@example.org',
    name: 'Alicia Grant',
    position: 'Director of curriculum',
    role: 'team_member',
    organization: 'hudson',
  },
  {
    email: 'riverside.superintendent@example.org',
    name: 'James Porter',
    position: 'Superintendent',
    role: 'leader',
    organization: 'riverside',
  },
  {
    email: 'riverside.academics@example.org',
    name: 'Keisha Moore',
    position: 'Chief academic officer',
    role: 'team_member',
    organization: 'riverside',
  },
  {
    email: 'riverside.improvement@example.org',
    name: 'Daniel Kim',
    position: 'Director of school improvement',
    role: 'team_member',
    organization: 'riverside',
  },
  {
    email: 'pinevalley.superintendent@example.org',
    name: 'Angela Brooks',
    position: 'Superintendent',
    role: 'leader',
    organization: 'pinevalley',
  },
  {
    email: 'pinevalley.assistant@example.org',
    name: 'Luis Ortega',
    position: 'Assistant superintendent',
    role: 'team_member',
    organization: 'pinevalley',
  },
  {
    email: 'pinevalley.services@example.org',
    name: 'Hannah Wells',
    position: 'Director of student services',
    role: 'team_member',
    organization: 'pinevalley',
  },
];

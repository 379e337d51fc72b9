/** The signed-in frame: header, organization switcher, navigation, overview and the improvement-cycle steps. */
export const shell = {
  openNavigation: 'Open navigation',
  closeNavigation: 'Close navigation',
  homeLink: 'Throughline home',
  navLabel: 'Main',
  switcher: {
    label: 'Switch organization',
    placeholder: 'Switch organization…',
    yours: 'Your organizations',
    results: 'Matching organizations',
    noResults: 'No organizations match “{{search}}”.',
    typeToSearch: 'Type to search every organization you can see.',
  },
  user: {
    menu: 'Account menu for {{name}}',
    signOut: 'Sign out',
  },
  nav: {
    cycle: 'Improvement cycle',
    organization: 'Organization',
    help: 'Reference',
    overview: 'Overview',
    directory: 'Directory',
    profile: 'Profile',
    people: 'People and roles',
    networks: 'Networks',
    frameworks: 'Frameworks',
    frameworkLibrary: 'Framework library',
    networkAssessments: 'Network self-assessments',
    plans: 'Plans',
    networkPlans: 'Network plans',
    import: 'Import organizations',
    apiTokens: 'API tokens',
    audit: 'Audit log',
    outbox: 'Outbox',
    apiReference: 'API reference',
  },
  noMemberships: {
    title: 'No organization yet',
    body: 'Your account does not belong to any organization. Ask an administrator to invite you, then sign in again.',
  },
  orgNotFound: 'This organization does not exist, or you do not have access to it.',
  steps: {
    notAvailable: 'Not available yet',
    notAvailableBody:
      'This step is part of the improvement cycle but is not available in this version of Throughline. The organization, people and network foundations it builds on are ready.',
    stepLabel: 'Step {{number}}',
    direction: {
      title: 'Set direction',
      body: 'Vision, mission and a purpose statement written as a theory of action (If we … then … and …); student-focused goals, each with an explanation; goal performance measures with indicator, data source, baseline and targets for at least two years; and a glossary.',
    },
    needs: {
      title: 'Assess needs',
      body: 'Self-assessments against the rubrics; a needs-assessment checklist of what was examined and how stakeholder input was gathered; a SWOT table with evidence; root-cause analysis by 5 Whys and fishbone; and at most four priority areas — going deeper in fewer areas is more effective.',
    },
    plan: {
      title: 'Create the plan',
      body: 'For each priority area, strategies written as theories of action and coded to the practices of the Four Domains, with strategy performance measures; milestones, usually a year of work each; and actions with outputs, dates, resources, budget and the person responsible. Plans carry signatures and a version history.',
    },
    monitor: {
      title: 'Implement and monitor',
      body: 'Monthly action status reports that take a team a few minutes; quarterly implementation figures per milestone; semester milestone reviews per strategy; annual performance against strategy and goal measures; and the supports received and how well they worked.',
    },
    adjust: {
      title: 'Adjust course',
      body: 'Every change to the plan recorded as an adjustment with its cause, evidence, decider and date, visible to the levels above because an adjustment can affect their plans too.',
    },
    story: {
      title: 'Tell the story',
      body: 'An annual report of implementation alongside results, for staff, the board and the public.',
    },
  },
  overview: {
    trail: 'Where this organization sits',
    facts: 'Key facts',
    children: 'Organizations below',
    noChildren: 'No organizations below this one.',
    openDirectory: 'Open the directory',
    yourRoles: 'Your role here',
    roleHere: '{{role}} at this organization',
    roleInherited: '{{role}} at {{organization}}',
    noRole:
      'You hold no role here; you can see this organization because it sits above one of your organizations.',
    cycle: 'Improvement cycle',
    cycleIntro:
      'Each organization owns its direction and plan; the levels above read them and respond with support.',
    archivedNotice: 'This organization is archived. Its history stays readable, but it cannot be changed.',
  },
};

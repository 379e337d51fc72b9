export const roles = ['administrator', 'leader', 'team_member', 'action_owner', 'coach', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const organizationKinds = ['state', 'district', 'school'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** Which kinds may sit directly under which: a state holds districts, a district holds schools. */
export const childKinds: Record<OrganizationKind, readonly OrganizationKind[]> = {
  state: ['district'],
  district: ['school'],
  school: [],
};

export const essaStatuses = ['csi', 'tsi', 'atsi', 'none'] as const;
export type EssaStatus = (typeof essaStatuses)[number];

export const titleIStatuses = ['schoolwide', 'targeted', 'none'] as const;
export type TitleIStatus = (typeof titleIStatuses)[number];

export const tokenScopes = ['read', 'write'] as const;
export type TokenScope = (typeof tokenScopes)[number];

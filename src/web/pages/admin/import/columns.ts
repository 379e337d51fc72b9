import type { OrganizationKind } from '../../../../shared/roles';

/** The CSV columns the import accepts, in the order the example file uses. */
export const importColumns = [
  'name',
  'kind',
  'parent',
  'code',
  'city_county',
  'zip_code',
  'phone',
  'leader_name',
  'contact_name',
  'contact_email',
  'district_liaison',
  'essa_status',
  'title_i_status',
  'federal_designation',
] as const;

export const requiredColumns = new Set(['name', 'kind']);

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

type Row = Partial<Record<(typeof importColumns)[number], string>>;

/** An example that imports cleanly under an organization of the given kind. */
export function exampleCsv(kind: OrganizationKind): string {
  const schools: Row[] = [
    {
      name: 'Maple Grove Elementary School',
      kind: 'school',
      code: 'MGE-01',
      city_county: 'Maple County',
      zip_code: '12701',
      phone: '(555) 010-4100',
      leader_name: 'Principal Ana Ruiz',
      essa_status: 'none',
      title_i_status: 'schoolwide',
    },
    {
      name: 'Maple Grove Middle School',
      kind: 'school',
      code: 'MGM-01',
      city_county: 'Maple County',
      zip_code: '12701',
      contact_name: 'Jordan Ellis',
      contact_email: 'jordan.ellis@example.org',
      essa_status: 'tsi',
      title_i_status: 'targeted',
      federal_designation: 'Targeted Support and Improvement',
    },
  ];
  const rows: Row[] =
    kind === 'state'
      ? [
          {
            name: 'Maple Grove School District',
            kind: 'district',
            code: 'MG-D',
            city_county: 'Maple County',
            zip_code: '12701',
            district_liaison: 'Chris Morgan',
            title_i_status: 'schoolwide',
          },
          ...schools.map((school) => ({ ...school, parent: 'MG-D' })),
        ]
      : schools;
  const lines = [
    importColumns.join(','),
    ...rows.map((row) => importColumns.map((c) => csvCell(row[c] ?? '')).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

export function exampleHref(kind: OrganizationKind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(exampleCsv(kind))}`;
}

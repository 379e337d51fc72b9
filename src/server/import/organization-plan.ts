import { childKinds, type OrganizationKind } from '../../shared/roles';
import type { ImportIssue, ImportRow } from '../../shared/schemas/organization-import';
import type { ImportedRow, OrganizationImportFields } from './organization-rows';

/** What the plan needs to know of an organization already in the tree. */
export type ExistingOrganization = {
  id: string;
  parentId: string | null;
  kind: OrganizationKind;
  name: string;
  code: string | null;
  archivedAt: Date | null;
};

export type ImportContext<T extends ExistingOrganization> = {
  /** The organization importing; blank parents mean this one. */
  root: T;
  /** The root and everything below it, loaded once for the whole file. */
  subtree: T[];
  /** Lower-cased codes from the file already used outside the subtree (their owners stay private). */
  codesElsewhere: Set<string>;
};

export type PlannedParent<T> = { existing: T } | { row: number };
export type PlannedRow<T> = { row: number; fields: OrganizationImportFields; parent: PlannedParent<T> };

export type ImportPlan<T> = { rows: ImportRow[]; planned: PlannedRow<T>[]; errors: ImportIssue[] };

type Candidate<T> = { existing?: T; row?: ImportedRow; name: string; kind: string; archived: boolean };

const key = (text: string) => text.trim().toLowerCase();

function push<K, V>(map: Map<K, V[]>, k: K, value: V) {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/**
 * Checks the rows against each other and against the tree: parents exist within the importer's subtree (or
 * come earlier in the file), kinds fit their parents, names are unique under each parent and codes unique
 * everywhere. Works from maps built once, so a file of thousands of rows costs no more queries than one row.
 */
export function planOrganizationImport<T extends ExistingOrganization>(
  rows: ImportedRow[],
  context: ImportContext<T>,
): ImportPlan<T> {
  const { root, subtree, codesElsewhere } = context;
  const byCode = new Map<string, Candidate<T>[]>();
  const byName = new Map<string, Candidate<T>[]>();
  const childNames = new Map<string, string>();
  const codeOwners = new Map<string, string>();
  for (const org of subtree) {
    const candidate = { existing: org, name: org.name, kind: org.kind, archived: org.archivedAt !== null };
    if (org.code) {
      push(byCode, key(org.code), candidate);
      codeOwners.set(key(org.code), org.name);
    }
    // Only organizations that can hold others are worth matching by name: fewer false ambiguities.
    if (childKinds[org.kind].length > 0) push(byName, key(org.name), candidate);
    if (!org.archivedAt && org.parentId) childNames.set(`${org.parentId}|${key(org.name)}`, org.name);
  }
  const fileByCode = new Map<string, ImportedRow[]>();
  const fileByName = new Map<string, ImportedRow[]>();
  for (const row of rows) {
    if (row.code) push(fileByCode, key(row.code), row);
    if (row.name && row.kind !== 'school') push(fileByName, key(row.name), row);
  }

  const errors: ImportIssue[] = [];
  const planned: PlannedRow<T>[] = [];
  const result: ImportRow[] = [];
  const seenNames = new Map<string, number>();
  const seenCodes = new Map<string, number>();

  for (const row of rows) {
    const issues: ImportIssue[] = [];
    const fail = (path: string, message: string) => issues.push({ row: row.row, path, message });
    let parent: Candidate<T> | null = null;
    if (!row.parent) {
      parent = { existing: root, name: root.name, kind: root.kind, archived: root.archivedAt !== null };
    } else {
      const ref = key(row.parent);
      const earlier = (list: ImportedRow[] = []) => list.filter((r) => r.row < row.row);
      const fileCandidate = (r: ImportedRow) => ({ row: r, name: r.name, kind: r.kind, archived: false });
      let matches = byCode.get(ref) ?? earlier(fileByCode.get(ref)).map(fileCandidate);
      if (matches.length === 0) {
        matches = [...(byName.get(ref) ?? []), ...earlier(fileByName.get(ref)).map(fileCandidate)];
        // An archived namesake should not make a live parent ambiguous.
        const live = matches.filter((m) => !m.archived);
        if (matches.length > 1 && live.length === 1) matches = live;
      }
      const later = [...(fileByCode.get(ref) ?? []), ...(fileByName.get(ref) ?? [])].find(
        (r) => r.row > row.row,
      );
      if (matches.length > 1) {
        fail('parent', `More than one organization is named “${row.parent}”; use the parent’s code instead.`);
      } else if (matches.length === 1) {
        parent = matches[0];
        if (parent.archived)
          fail('parent', `${parent.name} is archived; restore it or choose another parent.`);
      } else if (later) {
        fail(
          'parent',
          `“${row.parent}” comes later in the file (row ${later.row}); list districts before their schools.`,
        );
      } else {
        fail(
          'parent',
          `No organization with the code or name “${row.parent}” was found within ${root.name}.`,
        );
      }
    }

    const kindKnown = row.kind === 'district' || row.kind === 'school';
    const parentKind = parent?.kind as OrganizationKind | undefined;
    if (parent && kindKnown && parentKind && parentKind in childKinds) {
      if (!childKinds[parentKind].includes(row.kind as OrganizationKind)) {
        fail('kind', `A ${parentKind} cannot contain a ${row.kind}.`);
      }
    }

    const parentKey = parent ? (parent.existing ? parent.existing.id : `row:${parent.row?.row}`) : null;
    if (parent && parentKey && row.name) {
      const nameKey = `${parentKey}|${key(row.name)}`;
      const existingName = childNames.get(nameKey);
      const earlierRow = seenNames.get(nameKey);
      if (existingName) fail('name', `${parent.name} already has an organization named “${existingName}”.`);
      else if (earlierRow) fail('name', `Row ${earlierRow} already adds “${row.name}” under ${parent.name}.`);
      else seenNames.set(nameKey, row.row);
    }

    if (row.code) {
      const codeKey = key(row.code);
      const owner = codeOwners.get(codeKey);
      const earlierRow = seenCodes.get(codeKey);
      if (owner) fail('code', `The code “${row.code}” is already used by ${owner}.`);
      else if (codesElsewhere.has(codeKey))
        fail('code', `The code “${row.code}” is already used by another organization.`);
      else if (earlierRow) fail('code', `Row ${earlierRow} already uses the code “${row.code}”.`);
      else seenCodes.set(codeKey, row.row);
    }

    errors.push(...issues);
    const ok = issues.length === 0 && row.fields !== null;
    result.push({
      row: row.row,
      name: row.name,
      kind: row.kind,
      parent: parent?.name ?? (row.parent || null),
      status: ok ? 'ok' : 'error',
    });
    if (ok && parent && row.fields) {
      planned.push({
        row: row.row,
        fields: row.fields,
        parent: parent.existing ? { existing: parent.existing } : { row: parent.row!.row },
      });
    }
  }
  return { rows: result, planned, errors };
}

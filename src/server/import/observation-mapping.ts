import type { ImportMapping } from '../../shared/schemas/performance';
import type { Issue } from '../http/errors';

type Field = keyof ImportMapping;

/**
 * Column names people give each field, best first, compared without case, spaces or punctuation. A bare
 * "code" is the metric's only when no other column claimed it: district files often hold a school code too.
 */
const namesFor: Record<Field, string[]> = {
  metric: ['metriccode', 'metric', 'metricid', 'measurecode', 'measure', 'indicator', 'code'],
  period: ['period', 'schoolyear', 'year', 'quarter', 'month', 'term', 'date'],
  value: ['value', 'actual', 'result', 'percent', 'percentage', 'score', 'rate', 'amount', 'count'],
  breakdown: ['breakdown', 'grade', 'gradelevel', 'subgroup', 'studentgroup', 'group', 'category'],
  organization: [
    'organizationcode',
    'organization',
    'orgcode',
    'schoolcode',
    'school',
    'districtcode',
    'district',
    'org',
  ],
  note: ['note', 'notes', 'comment', 'comments'],
};
const order: Field[] = ['organization', 'metric', 'period', 'value', 'breakdown', 'note'];

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A guess at which column holds each field, from the column names; each column is used at most once. */
export function suggestMapping(columns: readonly string[]): Partial<ImportMapping> {
  const taken = new Set<string>();
  const mapping: Partial<ImportMapping> = {};
  for (const field of order) {
    for (const name of namesFor[field]) {
      const column = columns.find((c) => !taken.has(c) && squash(c) === name);
      if (column) {
        mapping[field] = column;
        taken.add(column);
        break;
      }
    }
  }
  return mapping;
}

/** Every column the mapping names must be in the file, and a column can hold only one field. */
export function mappingIssues(mapping: ImportMapping, columns: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  const used = new Map<string, Field>();
  for (const field of Object.keys(mapping) as Field[]) {
    const column = mapping[field];
    if (column === undefined || column === '') continue;
    if (!columns.includes(column)) {
      issues.push({ path: `mapping.${field}`, message: `The file has no column "${column}".` });
    } else if (used.has(column)) {
      issues.push({
        path: `mapping.${field}`,
        message: `"${column}" is already chosen for ${used.get(column)}.`,
      });
    } else {
      used.set(column, field);
    }
  }
  return issues;
}

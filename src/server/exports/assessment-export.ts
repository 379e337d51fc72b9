import type { AssessmentResults } from '../../shared/schemas/assessment';
import type { FrameworkFile } from '../../shared/schemas/framework-format';
import { fileNamePart } from './file-name';

/**
 * Everything an export file shows, assembled by the route from what the caller may see: results are aggregates
 * only, and `teamRatings` is present only when the caller may see individual ratings (never in anonymous mode).
 */
export type AssessmentExport = {
  organization: { name: string };
  assessment: {
    title: string;
    period: string;
    mode: 'single' | 'team' | 'anonymous';
    status: 'open' | 'closed';
    createdAt: Date;
    closedAt: Date | null;
    facilitator: string;
    raterCount: number;
    submittedCount: number;
  };
  framework: { title: string; shortTitle: string | null; version: number; source: FrameworkFile['source'] };
  results: AssessmentResults;
  teamRatings:
    | {
        itemKey: string;
        ratings: { rater: string; levelKey: string | null; evidence: string | null; notes: string | null }[];
      }[]
    | null;
  generatedAt: Date;
};

export const modeLabels = { single: 'Single rater', team: 'Team', anonymous: 'Anonymous team' } as const;

export const disagreementNote =
  'Disagreement: the ratings of an item lie two or more levels apart, a sign the team reads the descriptors differently.';

export function levelName(data: AssessmentExport, key: string | null): string {
  if (key === null) return '';
  return data.results.levels.find((l) => l.key === key)?.name ?? key;
}

export function formatDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : '';
}

/** A file name that survives every operating system: letters, digits and dashes. */
export function exportFileName(data: AssessmentExport, extension: string): string {
  const { title, period } = data.assessment;
  const base = fileNamePart(
    `${data.organization.name} ${title.includes(period) ? title : `${title} ${period}`}`,
  );
  return `${base || 'assessment'}.${extension}`;
}

export function itemLabel(item: { code: string | null; key: string }) {
  return item.code ?? item.key;
}

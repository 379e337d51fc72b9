import { Badge, Text } from '@mantine/core';
import type { changes } from '../../../shared/assessments/comparison';
import type { AssessmentMode } from '../../../shared/schemas/assessment';
import type { FrameworkLevel, FrameworkSection } from '../../../shared/schemas/framework-format';
import { useTranslation } from '../../i18n';

/** The API sends the chosen part of the framework in the framework file's own shape. */
export const sectionsOf = (detail: { sections: Record<string, unknown>[] }) =>
  detail.sections as unknown as FrameworkSection[];

export function levelName(levels: readonly FrameworkLevel[], key: string | null | undefined) {
  return levels.find((l) => l.key === key)?.name ?? null;
}

/** "1a1 LEA leadership communicates…": the source's own numbering first, when it has one. */
export function itemLabel(item: { code?: string | null; title: string }) {
  return item.code ? `${item.code} ${item.title}` : item.title;
}

/** Badges cut their label short when squeezed; in table cells they keep their full width instead. */
const noShrink = { minWidth: 'max-content' } as const;

export function ModeBadge({ mode }: { mode: AssessmentMode }) {
  const { t } = useTranslation();
  return (
    <Badge color="indigo" tt="none" style={noShrink}>
      {t(`assessments.modes.${mode}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: 'open' | 'closed' }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'open' ? 'throughline' : 'gray'} tt="none" style={noShrink}>
      {t(`assessments.statuses.${status}`)}
    </Badge>
  );
}

// Light badges show shade 9 on shade 1; green, teal and orange fall below 4.5:1 there, so none is used.

/** Wherever a framework's text appears, so does its source and licence. */
export function Attribution({
  source,
}: {
  source: { document: string; license: string; attribution: string };
}) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="gray.7" mt="xl" component="footer">
      {t('assessments.attribution', {
        document: source.document,
        attribution: source.attribution,
        license: source.license,
      })}
    </Text>
  );
}

/** The school year that is starting or under way: from July a new one begins. */
export function currentPeriod(today = new Date()) {
  const year = today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
  return `${year}–${String((year + 1) % 100).padStart(2, '0')}`;
}

type Change = (typeof changes)[number];
const changeColor: Record<Change, string> = {
  improved: 'throughline',
  same: 'gray',
  declined: 'red',
  'not-rated': 'gray',
};
const changeArrow: Record<Change, string> = { improved: '↑', same: '=', declined: '↓', 'not-rated': '–' };

/** A change in words with an arrow, so the colour is never the only signal. */
export function ChangeBadge({ change }: { change: Change }) {
  const { t } = useTranslation();
  return (
    <Badge color={changeColor[change]} tt="none" style={noShrink}>
      {changeArrow[change]} {t(`assessments.changes.${change}`)}
    </Badge>
  );
}

import { Accordion, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { yearLabel } from '../../../../shared/plans/period';
import type { MeasureProgress } from '../../../../shared/schemas/performance';
import { useTranslation } from '../../../i18n';
import { currentSchoolYear } from '../../plans/schoolYears';
import { LinkMetric } from './LinkMetric';
import { ReviewForm } from './ReviewForm';
import { RowProgress } from './RowProgress';

/** One goal or strategy measure: its metric, target against actual per row and year, and the annual reviews. */
export function MeasureCard({
  organizationId,
  measure,
  index,
}: {
  organizationId: string;
  measure: MeasureProgress;
  index: number;
}) {
  const { t } = useTranslation();
  const owner = t(`performance.measures.owner.${measure.owner.kind}`, { number: measure.owner.number });
  const label = t('performance.measures.label', { owner, number: index + 1 });
  const years = measure.rows[0]?.years.map((y) => y.year) ?? [];
  const reviewYears = [
    ...new Set([...years.filter((y) => y <= currentSchoolYear()), ...measure.reviews.map((r) => r.year)]),
  ].sort((a, b) => a - b);
  const headingId = `measure-${measure.measureId}`;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Text size="sm" c="gray.7">
            {label} · {measure.owner.title}
          </Text>
          <Title order={3} id={headingId}>
            {measure.indicator}
          </Title>
        </div>
        <LinkMetric organizationId={organizationId} measure={measure} label={label} />
        {measure.rows.length === 0 ? (
          <Text c="gray.7" size="sm">
            {t('performance.measures.noRows')}
          </Text>
        ) : (
          measure.rows.map((row) => (
            <RowProgress key={`${row.breakdown}|${row.label}`} row={row} unit={measure.unit} label={label} />
          ))
        )}
        {reviewYears.length > 0 && (
          <Accordion multiple variant="contained" order={4} chevronPosition="left">
            {reviewYears.map((year) => {
              const review = measure.reviews.find((r) => r.year === year);
              return (
                <Accordion.Item key={year} value={String(year)}>
                  <Accordion.Control>
                    <Group gap="sm" justify="space-between" wrap="wrap">
                      <Text fw={600} size="sm">
                        {t('performance.measures.reviewTitle', { year: yearLabel(year) })}
                      </Text>
                      <Badge color={review ? 'throughline' : 'gray'} tt="none">
                        {t(
                          review
                            ? 'performance.measures.reviewWritten'
                            : 'performance.measures.reviewMissing',
                        )}
                      </Badge>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <ReviewForm
                      planId={measure.planId}
                      measureId={measure.measureId}
                      year={year}
                      review={review}
                      editable={measure.abilities.review}
                    />
                  </Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
        )}
      </Stack>
    </Paper>
  );
}

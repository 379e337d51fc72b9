import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type {
  ImplementationFigures,
  MilestoneQuarterFigures,
  MilestoneReviewSheet,
  ReportingCalendar,
  StrategyFigures as StrategyFiguresData,
} from '../../../shared/schemas/monitoring';
import { useTranslation } from '../../i18n';
import { Causes, Lines } from './FigureCells';
import { FigureTable } from './FigureTable';
import { MilestoneReviews } from './MilestoneReviews';
import { dayLabel, quarterParts, semesterParts } from './periods';
import { useAmount, usePercent } from './usePercent';

type Props = {
  organizationId: string;
  figures: ImplementationFigures;
  strategy: StrategyFiguresData;
  calendar: ReportingCalendar;
  reviews: MilestoneReviewSheet | undefined;
};

/** One strategy as Tool A lays it out: the semester table, the team's milestone review, then each milestone's quarter. */
export function StrategyFigures({ organizationId, figures, strategy, calendar, reviews }: Props) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const { semester } = strategy;
  const semesterName = t('monitoring.periods.semester', semesterParts(semester.semester));
  const quarterName = t(
    'monitoring.periods.quarterLong',
    quarterParts(calendar, figures.period, i18n.language),
  );
  const heading = `strategy-figures-${strategy.strategy.id}`;
  const strategyLabel = t('monitoring.strategy', {
    number: strategy.strategy.number,
    title: strategy.strategy.title,
  });
  const reviewRows = reviews?.items.filter((row) => row.strategy.id === strategy.strategy.id) ?? [];

  return (
    <Card component="section" aria-labelledby={heading}>
      <Stack gap="lg">
        <div>
          <Title order={2} id={heading}>
            {strategyLabel}
          </Title>
          {strategy.strategy.practiceCodes.length > 0 && (
            <Group gap={6} mt={6}>
              {strategy.strategy.practiceCodes.map((code) => (
                <Badge key={code} color="gray" tt="none">
                  {code}
                </Badge>
              ))}
            </Group>
          )}
        </div>

        <OnePeriodTable
          caption={t('monitoring.figures.semesterCaption', {
            strategy: strategy.strategy.number,
            semester: semesterName,
          })}
          column={semesterName}
          rows={[
            {
              label: t('monitoring.figures.rows.milestonesCompleted'),
              value: t('monitoring.figures.ofMilestones', {
                percent: percent(semester.milestonesCompletedPct),
                count: semester.milestones,
              }),
            },
            {
              label: t('monitoring.figures.rows.milestonesBehind'),
              value:
                semester.milestonesBehind.length === 0 ? (
                  t('monitoring.figures.noneBehind')
                ) : (
                  <Lines
                    items={semester.milestonesBehind.map((m) =>
                      t('monitoring.milestone', { number: m.number, title: m.title }),
                    )}
                  />
                ),
            },
            {
              label: t('monitoring.figures.rows.causes'),
              value: (
                <Causes
                  items={semester.causesAndAdjustments}
                  texts="monitoring.figures"
                  none={t('monitoring.figures.noCauses')}
                />
              ),
            },
          ]}
        />

        {reviews && reviewRows.length > 0 && (
          <MilestoneReviews
            organizationId={organizationId}
            semester={reviews.semester}
            rows={reviewRows}
            canReview={reviews.abilities.review}
            strategyLabel={strategyLabel}
          />
        )}

        {strategy.milestones.map((milestone) => (
          <MilestoneTable key={milestone.milestone.id} milestone={milestone} quarter={quarterName} />
        ))}
      </Stack>
    </Card>
  );
}

function MilestoneTable({ milestone, quarter }: { milestone: MilestoneQuarterFigures; quarter: string }) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const amount = useAmount();
  const m = milestone.milestone;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('monitoring.milestone', { number: m.number, title: m.title })}</Title>
      {m.dueDate && (
        <Text size="sm" c="gray.7">
          {t('monitoring.figures.milestoneDue', { date: dayLabel(m.dueDate, i18n.language) })}
        </Text>
      )}
      <OnePeriodTable
        caption={t('monitoring.figures.quarterCaption', { milestone: m.number, quarter })}
        column={quarter}
        rows={[
          {
            label: t('monitoring.figures.rows.actionsCompleted'),
            value: t('monitoring.figures.ofActions', {
              percent: percent(milestone.actionsCompletedPct),
              count: milestone.actions,
            }),
          },
          {
            label: t('monitoring.figures.rows.outputs'),
            value:
              milestone.outputsCompleted.length === 0 ? (
                t('monitoring.figures.noOutputs')
              ) : (
                <Lines items={milestone.outputsCompleted.map((o) => `${o.number}: ${o.outputs}`)} />
              ),
          },
          { label: t('monitoring.figures.rows.onTime'), value: percent(milestone.actionsOnTimePct) },
          { label: t('monitoring.figures.rows.behind'), value: percent(milestone.actionsBehindPct) },
          {
            label: t('monitoring.figures.rows.causes'),
            value: (
              <Causes
                items={milestone.causesAndAdjustments}
                texts="monitoring.figures"
                none={t('monitoring.figures.noCauses')}
              />
            ),
          },
          {
            label: t('monitoring.figures.rows.resources'),
            value: (
              <Stack gap={4}>
                <Text size="sm">
                  {t('monitoring.figures.budgetOf', {
                    used: amount(milestone.budgetUsed),
                    planned: amount(milestone.budgetPlanned),
                  })}
                </Text>
                {milestone.resourcesUsed.length > 0 && <Lines items={milestone.resourcesUsed} />}
              </Stack>
            ),
          },
          {
            label: t('monitoring.figures.rows.comments'),
            value:
              milestone.comments.length === 0 ? (
                t('monitoring.figures.noComments')
              ) : (
                <Lines items={milestone.comments} />
              ),
          },
        ]}
      />
    </Stack>
  );
}

/** Tool A's table for the one period this page shows. */
function OnePeriodTable({
  caption,
  column,
  rows,
}: {
  caption: string;
  column: string;
  rows: { label: string; value: ReactNode }[];
}) {
  const { t } = useTranslation();
  return (
    <FigureTable
      caption={caption}
      measure={t('monitoring.figures.measure')}
      columns={[{ key: column, label: column }]}
      rows={rows.map((row) => ({ label: row.label, cells: [row.value] }))}
      minWidth={520}
      measureWidth="32%"
    />
  );
}

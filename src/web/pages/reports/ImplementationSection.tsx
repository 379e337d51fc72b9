import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { quartersSoFar, semestersSoFar } from '../../../shared/monitoring/year-so-far';
import type {
  ImplementationFigures,
  MilestoneQuarterFigures,
  ReportingCalendar,
  StrategyFigures,
} from '../../../shared/schemas/monitoring';
import type { QuarterlyReport } from '../../../shared/schemas/quarterly-report';
import { AnchorLink } from '../../components/links';
import { useTranslation } from '../../i18n';
import { Causes, Lines } from '../monitoring/FigureCells';
import { type FigureColumn, type FigureRow, FigureTable } from '../monitoring/FigureTable';
import { dayLabel, quarterParts, semesterParts } from '../monitoring/periods';
import { useAmount, usePercent } from '../monitoring/usePercent';

/** Tool A's reporting tables for the school year so far: a column for each quarter (or semester) reached. */
export function ImplementationSection({
  report,
  calendar,
}: {
  report: QuarterlyReport;
  calendar: ReportingCalendar;
}) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const amount = useAmount();
  const quarters = quartersSoFar(report);
  const quarterColumns = quarters.map((q) => ({
    key: q.period,
    label: t('monitoring.periods.quarterShort', quarterParts(calendar, q.period, i18n.language)),
  }));
  const totalsRow = (label: string, value: (q: ImplementationFigures) => ReactNode): FigureRow => ({
    label,
    cells: quarters.map(value),
  });

  return (
    <Card component="section" aria-labelledby="report-implementation">
      <Stack gap="lg">
        <Group justify="space-between" align="baseline" gap="sm">
          <Title order={2} id="report-implementation">
            {t('reports.implementation.title')}
          </Title>
          {report.plan && (
            <AnchorLink
              to="/o/$orgId/implementation"
              params={{ orgId: report.organization.id }}
              search={{ period: report.period }}
              size="sm"
            >
              {t('reports.implementation.details')}
            </AnchorLink>
          )}
        </Group>
        {!report.plan ? (
          <Text size="sm" c="gray.7">
            {t('reports.implementation.noPlan')}
          </Text>
        ) : (
          <>
            <YearTable
              caption={t('reports.implementation.totalsCaption')}
              columns={quarterColumns}
              rows={[
                totalsRow(t('reports.implementation.rows.actions'), (q) => q.totals.actions),
                totalsRow(t('reports.implementation.rows.actionsCompleted'), (q) =>
                  percent(q.totals.actionsCompletedPct),
                ),
                totalsRow(t('reports.implementation.rows.onTime'), (q) => percent(q.totals.actionsOnTimePct)),
                totalsRow(t('reports.implementation.rows.behind'), (q) => percent(q.totals.actionsBehindPct)),
                totalsRow(t('reports.implementation.rows.budgetPlanned'), (q) =>
                  amount(q.totals.budgetPlanned),
                ),
                totalsRow(t('reports.implementation.rows.budgetUsed'), (q) => amount(q.totals.budgetUsed)),
                totalsRow(t('reports.implementation.rows.reports'), (q) =>
                  t('reports.implementation.reportsOf', { in: q.totals.reportsIn, due: q.totals.reportsDue }),
                ),
              ]}
            />
            {report.implementation.strategies.map((strategy) => (
              <Strategy
                key={strategy.strategy.id}
                strategy={strategy}
                report={report}
                quarterColumns={quarterColumns}
              />
            ))}
          </>
        )}
      </Stack>
    </Card>
  );
}

function Strategy({
  strategy,
  report,
  quarterColumns,
}: {
  strategy: StrategyFigures;
  report: QuarterlyReport;
  quarterColumns: FigureColumn[];
}) {
  const { t } = useTranslation();
  const percent = usePercent();
  const semesters = semestersSoFar(report);
  const none = t('reports.implementation.none');
  const { id, number, title, practiceCodes } = strategy.strategy;
  const of = (figures: ImplementationFigures) =>
    figures.strategies.find((s) => s.strategy.id === id)?.semester;
  const cell = (
    figures: ImplementationFigures,
    value: (s: NonNullable<ReturnType<typeof of>>) => ReactNode,
  ) => {
    const semester = of(figures);
    return semester ? value(semester) : t('reports.dash');
  };
  return (
    <Stack gap="md">
      <div>
        <Title order={3}>{t('reports.implementation.strategy', { number, title })}</Title>
        {practiceCodes.length > 0 && (
          <Group gap={6} mt={6}>
            {practiceCodes.map((code) => (
              <Badge key={code} color="gray" tt="none">
                {code}
              </Badge>
            ))}
          </Group>
        )}
      </div>
      <YearTable
        caption={t('reports.implementation.semesterCaption', { number })}
        columns={semesters.map((s) => ({
          key: s.semester,
          label: t('monitoring.periods.semester', semesterParts(s.semester)),
        }))}
        rows={[
          {
            label: t('reports.implementation.rows.milestonesCompleted'),
            cells: semesters.map((s) => cell(s, (f) => percent(f.milestonesCompletedPct))),
          },
          {
            label: t('reports.implementation.rows.milestonesBehind'),
            cells: semesters.map((s) =>
              cell(s, (f) => (
                <Lines
                  items={f.milestonesBehind.map((m) =>
                    t('reports.implementation.milestone', { number: m.number, title: m.title }),
                  )}
                  none={none}
                />
              )),
            ),
          },
          {
            label: t('reports.implementation.rows.causes'),
            cells: semesters.map((s) =>
              cell(s, (f) => (
                <Causes items={f.causesAndAdjustments} texts="reports.implementation" none={none} />
              )),
            ),
          },
        ]}
      />
      {strategy.milestones.map((milestone) => (
        <Milestone
          key={milestone.milestone.id}
          milestone={milestone}
          quarters={quartersSoFar(report)}
          columns={quarterColumns}
        />
      ))}
    </Stack>
  );
}

function Milestone({
  milestone,
  quarters,
  columns,
}: {
  milestone: MilestoneQuarterFigures;
  quarters: ImplementationFigures[];
  columns: FigureColumn[];
}) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const amount = useAmount();
  const { id, number, title, dueDate } = milestone.milestone;
  const none = t('reports.implementation.none');
  const row = (label: string, value: (m: MilestoneQuarterFigures) => ReactNode): FigureRow => ({
    label,
    cells: quarters.map((q) => {
      const m = q.strategies.flatMap((s) => s.milestones).find((x) => x.milestone.id === id);
      return m ? value(m) : t('reports.dash');
    }),
  });
  return (
    <Stack gap="xs">
      <Title order={4}>{t('reports.implementation.milestone', { number, title })}</Title>
      {dueDate && (
        <Text size="sm" c="gray.7">
          {t('reports.implementation.due', { date: dayLabel(dueDate, i18n.language) })}
        </Text>
      )}
      <YearTable
        caption={t('reports.implementation.milestoneCaption', { number })}
        columns={columns}
        rows={[
          row(t('reports.implementation.rows.actionsCompleted'), (m) => percent(m.actionsCompletedPct)),
          row(t('reports.implementation.rows.outputs'), (m) => (
            <Lines items={m.outputsCompleted.map((o) => `${o.number}: ${o.outputs}`)} none={none} />
          )),
          row(t('reports.implementation.rows.onTime'), (m) => percent(m.actionsOnTimePct)),
          row(t('reports.implementation.rows.behind'), (m) => percent(m.actionsBehindPct)),
          row(t('reports.implementation.rows.causes'), (m) => (
            <Causes items={m.causesAndAdjustments} texts="reports.implementation" none={none} />
          )),
          row(t('reports.implementation.rows.resources'), (m) => (
            <Stack gap={4}>
              <Text size="sm">
                {t('reports.implementation.budgetOf', {
                  used: amount(m.budgetUsed),
                  planned: amount(m.budgetPlanned),
                })}
              </Text>
              <Lines items={m.resourcesUsed} />
            </Stack>
          )),
          row(t('reports.implementation.rows.comments'), (m) => <Lines items={m.comments} none={none} />),
        ]}
      />
    </Stack>
  );
}

/** Tool A's table with a column for each period of the year so far. */
function YearTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: FigureColumn[];
  rows: FigureRow[];
}) {
  const { t } = useTranslation();
  return (
    <FigureTable
      caption={caption}
      measure={t('reports.implementation.measure')}
      columns={columns}
      rows={rows}
      minWidth={260 + 200 * columns.length}
      measureWidth={240}
      compact
    />
  );
}

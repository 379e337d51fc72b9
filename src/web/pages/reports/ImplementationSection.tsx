import { Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { quartersSoFar, semestersSoFar } from '../../../shared/monitoring/year-so-far';
import type {
  CauseAndAdjustment,
  ImplementationFigures,
  MilestoneQuarterFigures,
  ReportingCalendar,
  StrategyFigures,
} from '../../../shared/schemas/monitoring';
import type { QuarterlyReport } from '../../../shared/schemas/quarterly-report';
import { AnchorLink } from '../../components/links';
import { useTranslation } from '../../i18n';
import { ScrollTable } from '../assessments/ScrollTable';
import { dayLabel, monthLabel, quarterParts, semesterParts } from '../monitoring/periods';
import { useAmount, usePercent } from '../monitoring/usePercent';

type Column = { key: string; label: string };
type Row = { label: string; cells: ReactNode[] };

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
  const totalsRow = (label: string, value: (q: ImplementationFigures) => ReactNode): Row => ({
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
            <FigureTable
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
  quarterColumns: Column[];
}) {
  const { t } = useTranslation();
  const percent = usePercent();
  const semesters = semestersSoFar(report);
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
      <FigureTable
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
                />
              )),
            ),
          },
          {
            label: t('reports.implementation.rows.causes'),
            cells: semesters.map((s) => cell(s, (f) => <Causes items={f.causesAndAdjustments} />)),
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
  columns: Column[];
}) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const amount = useAmount();
  const { id, number, title, dueDate } = milestone.milestone;
  const row = (label: string, value: (m: MilestoneQuarterFigures) => ReactNode): Row => ({
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
      <FigureTable
        caption={t('reports.implementation.milestoneCaption', { number })}
        columns={columns}
        rows={[
          row(t('reports.implementation.rows.actionsCompleted'), (m) => percent(m.actionsCompletedPct)),
          row(t('reports.implementation.rows.outputs'), (m) => (
            <Lines items={m.outputsCompleted.map((o) => `${o.number}: ${o.outputs}`)} />
          )),
          row(t('reports.implementation.rows.onTime'), (m) => percent(m.actionsOnTimePct)),
          row(t('reports.implementation.rows.behind'), (m) => percent(m.actionsBehindPct)),
          row(t('reports.implementation.rows.causes'), (m) => <Causes items={m.causesAndAdjustments} />),
          row(t('reports.implementation.rows.resources'), (m) => (
            <Stack gap={4}>
              <Text size="sm">
                {t('reports.implementation.budgetOf', {
                  used: amount(m.budgetUsed),
                  planned: amount(m.budgetPlanned),
                })}
              </Text>
              <Lines items={m.resourcesUsed} quiet />
            </Stack>
          )),
          row(t('reports.implementation.rows.comments'), (m) => <Lines items={m.comments} />),
        ]}
      />
    </Stack>
  );
}

/** Tool A's layout: the measures down the side, the periods across the top. */
function FigureTable({ caption, columns, rows }: { caption: string; columns: Column[]; rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable
      caption={caption}
      minWidth={260 + 200 * columns.length}
      withTableBorder
      withColumnBorders
      verticalSpacing="xs"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={240}>
            {t('reports.implementation.measure')}
          </Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.key} scope="col">
              {c.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th scope="row" fw={500}>
              {row.label}
            </Table.Th>
            {row.cells.map((cell, i) => (
              <Table.Td key={columns[i]?.key ?? i} style={{ verticalAlign: 'top' }}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** A list of short texts, or "None" (left out with `quiet`, where another line already speaks). */
function Lines({ items, quiet = false }: { items: string[]; quiet?: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return quiet ? null : <Text size="sm">{t('reports.implementation.none')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

function Causes({ items }: { items: CauseAndAdjustment[] }) {
  const { t, i18n } = useTranslation();
  // Monthly reports name a month; semester reviews a semester.
  const periodName = (period: string) =>
    /^\d{4}-S[12]$/.test(period)
      ? t('monitoring.periods.semester', semesterParts(period))
      : monthLabel(period, i18n.language);
  if (items.length === 0) return <Text size="sm">{t('reports.implementation.none')}</Text>;
  return (
    <List size="sm" spacing={6}>
      {items.map((item) => (
        <List.Item key={`${item.itemId}-${item.period}`}>
          <Text span size="sm" fw={600}>
            {t('reports.implementation.causeOf', { number: item.number, period: periodName(item.period) })}
            {item.status
              ? ` · ${t(`monitoring.statuses.${item.status}`, { defaultValue: item.status })}`
              : ''}
          </Text>
          {item.cause && <Text size="sm">{t('reports.implementation.cause', { text: item.cause })}</Text>}
          {item.adjustment && (
            <Text size="sm">{t('reports.implementation.adjustment', { text: item.adjustment })}</Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

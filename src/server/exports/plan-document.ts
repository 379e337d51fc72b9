import { formatValue } from '../../shared/plans/targets';
import type { MeasureView, PlanTree } from '../../shared/schemas/plan';
import {
  type Block,
  budget,
  type Cell,
  type Column,
  cell,
  dash,
  formatDate,
  labelled,
  note,
  or,
  type PlanDocument,
  type Run,
  timeline,
} from './document-blocks';
import { fileNamePart } from './file-name';
import {
  essaLabels,
  kindLabels,
  signatureStatement,
  statusLabels,
  titleILabels,
} from './plan-document-labels';
import { needsAssessment } from './plan-document-needs';

/** The improvement plan laid out as Tool A, the school improvement planning template. */

/** A file name every operating system accepts: "<org>-<period>-improvement-plan.<ext>". */
export function planExportFileName(plan: Pick<PlanTree, 'organization' | 'period'>, extension: string) {
  const base = fileNamePart(`${plan.organization.name} ${plan.period.label}`);
  return `${base ? `${base}-` : ''}improvement-plan.${extension}`;
}

/**
 * "If we …, then …, and …." as the template and the plan page write it: the parts written so far, each led by its
 * keyword in bold. A part that repeats its keyword ("we coach …" after "If we") loses the repeat, and trailing
 * punctuation gives way to the sentence's own.
 */
export function theoryOfAction(ifWe: string | null, then: string | null, and: string | null): Run[] {
  const parts = [
    ['If we', ifWe, /^(if\s+)?we\s+/i],
    ['then', then, /^then\s+/i],
    ['and', and, /^and\s+/i],
  ] as const;
  const runs: Run[] = [];
  for (const [keyword, value, repeat] of parts) {
    const clause = (value ?? '')
      .trim()
      .replace(repeat, '')
      .replace(/[\s,.;:]+$/u, '');
    if (!clause) continue;
    if (runs.length) runs.push({ text: ', ' });
    runs.push({ text: keyword, bold: true }, { text: ` ${clause}` });
  }
  if (runs.length) runs.push({ text: '.' });
  return runs;
}

/** The template's measure table: one row per indicator, and under it one row per breakdown when it has several. */
export function measureTable(measures: MeasureView[], period: PlanTree['period']): Block {
  const columns: Column[] = [
    { header: 'Indicator', width: 3 },
    { header: 'Data Source', width: 2 },
    { header: 'Baseline', width: 1.8 },
    ...period.yearLabels.map((y) => ({ header: `Target ${y.label}`, width: 1.5 })),
  ];
  const values = (m: MeasureView, row: MeasureView['rows'][number]): Cell[] => [
    cell(
      row.baseline === null
        ? null
        : `${formatValue(row.baseline, m.unit)}${row.baselineAsOf ? ` (as of ${formatDate(row.baselineAsOf)})` : ''}`,
    ),
    ...period.yearLabels.map((y) => cell(row.targets.find((t) => t.year === y.year)?.text)),
  ];
  const rows: Cell[][] = [];
  for (const m of measures) {
    const indicator = cell(`${m.number}. ${m.indicator}`);
    const [first] = m.rows;
    if (m.rows.length === 1 && !first.label) {
      rows.push([indicator, cell(m.dataSource), ...values(m, first)]);
      continue;
    }
    rows.push([
      indicator,
      cell(m.dataSource),
      ...columns.slice(2).map(() => cell(m.rows.length ? '' : null)),
    ]);
    for (const row of m.rows)
      rows.push([cell(row.label ?? 'All', { indent: true }), cell(''), ...values(m, row)]);
  }
  return { kind: 'table', columns, rows };
}

/** Tool A's layout: title block, at-a-glance, strategic direction, signatures, needs assessment, priority planning. */
export function planDocument(plan: PlanTree): PlanDocument {
  return {
    title: `${plan.title} (${plan.period.label})`,
    subject: 'School improvement plan',
    author: plan.organization.name,
    footer: `${plan.organization.name} · ${plan.title} · ${plan.period.label}`,
    blocks: [
      ...titleBlock(plan),
      ...atAGlance(plan),
      ...strategicDirection(plan),
      ...signatures(plan),
      ...needsAssessment(plan),
      ...priorityPlanning(plan),
    ],
  };
}

function titleBlock(plan: PlanTree): Block[] {
  const status =
    plan.status === 'signed' && plan.signedAt
      ? `Signed ${formatDate(plan.signedAt)}`
      : statusLabels[plan.status];
  return [
    { kind: 'title', text: plan.title },
    labelled('Organization', plan.organization.name),
    labelled('Period', plan.period.label),
    labelled('Status', status),
  ];
}

function latestUpdate(plan: PlanTree) {
  return plan.updates.reduce<PlanTree['updates'][number] | null>(
    (latest, u) => (latest === null || u.number > latest.number ? u : latest),
    null,
  );
}

function atAGlance(plan: PlanTree): Block[] {
  const org = plan.organization;
  const labels = kindLabels[org.kind];
  const update = latestUpdate(plan);
  const rows: { label: string; value: string }[] = [
    { label: 'Date of Plan', value: plan.signedAt ? formatDate(plan.signedAt) : 'Draft' },
    { label: 'Date of Update', value: update ? formatDate(update.createdAt) : dash },
    { label: 'Update Summary', value: or(update?.summary) },
    { label: labels.name, value: org.name },
    { label: 'ESSA Status', value: essaLabels[org.essaStatus] },
    { label: 'City/County', value: or(org.cityCounty) },
    { label: 'Zip Code', value: or(org.zipCode) },
    { label: 'Phone Number', value: or(org.phone) },
    { label: labels.leader, value: or(org.leaderName) },
    {
      label: 'Contact Information',
      value: or([org.contactName, org.contactEmail].filter(Boolean).join(', ')),
    },
  ];
  if (org.parent) {
    rows.push(
      { label: labels.parent, value: org.parent.name },
      { label: labels.parentLeader, value: or(org.parent.leaderName) },
    );
  }
  rows.push(
    { label: labels.liaison, value: or(org.districtLiaison) },
    { label: 'Federal Accountability Designation', value: or(org.federalDesignation) },
    { label: 'Title I Status', value: titleILabels[org.titleIStatus] },
  );
  const team = plan.direction.leadershipTeam;
  return [
    { kind: 'heading', level: 1, text: 'At a glance' },
    { kind: 'fields', rows },
    { kind: 'heading', level: 3, text: 'Leadership team members' },
    team.length
      ? {
          kind: 'table',
          columns: [
            { header: 'Name', width: 1 },
            { header: 'Position', width: 1 },
          ],
          rows: team.map((m) => [cell(m.name), cell(m.position)]),
        }
      : note('No leadership team members recorded.'),
  ];
}

function strategicDirection(plan: PlanTree): Block[] {
  const d = plan.direction;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Strategic direction' },
    labelled('Vision', d.vision, 'Not yet written.'),
    labelled('Mission', d.mission, 'Not yet written.'),
  ];
  const purpose = theoryOfAction(d.purposeIf, d.purposeThen, d.purposeAnd);
  if (purpose.length)
    blocks.push({ kind: 'paragraph', runs: [{ text: 'Purpose: ', bold: true }, ...purpose] });
  if (!plan.goals.length) blocks.push(note('No goals yet.'));
  for (const goal of plan.goals) {
    blocks.push({ kind: 'heading', level: 2, text: `Goal ${goal.number}: ${goal.statement}` });
    if (goal.explanation) blocks.push({ kind: 'paragraph', runs: [{ text: goal.explanation }] });
    blocks.push(
      goal.measures.length
        ? measureTable(goal.measures, plan.period)
        : note('No measures for this goal yet.'),
    );
  }
  if (d.glossary.length) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Glossary' },
      {
        kind: 'table',
        columns: [
          { header: 'Term', width: 1 },
          { header: 'Definition', width: 3 },
        ],
        rows: d.glossary.map((g) => [cell(g.term, { bold: true }), cell(g.definition)]),
      },
    );
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Priority areas, strategies and milestones' });
  blocks.push(plan.priorities.length ? prioritySummary(plan) : note('No priority areas yet.'));
  return blocks;
}

/** The template's one-page overview: a row per milestone, each priority and strategy named on its first row. */
export function prioritySummary(plan: PlanTree): Block {
  const rows: Cell[][] = [];
  for (const p of plan.priorities) {
    let priority: Cell = cell(`${p.number}: ${p.title}`, { bold: true });
    const take = () => {
      const current = priority;
      priority = cell('');
      return current;
    };
    if (!p.strategies.length) rows.push([take(), cell(null), cell(null), cell(null), cell(null)]);
    for (const s of p.strategies) {
      let strategy: Cell[] = [
        cell(`${s.number}: ${s.title}`),
        cell(s.measures.map((m) => `${m.number}. ${m.indicator}`).join('\n') || null),
      ];
      const takeStrategy = () => {
        const current = strategy;
        strategy = [cell(''), cell('')];
        return current;
      };
      if (!s.milestones.length) rows.push([take(), ...takeStrategy(), cell(null), cell(null)]);
      for (const m of s.milestones) {
        rows.push([
          take(),
          ...takeStrategy(),
          cell(`${m.number}. ${m.title}`),
          cell(m.dueDate ? formatDate(m.dueDate) : null),
        ]);
      }
    }
  }
  return {
    kind: 'table',
    columns: [
      { header: 'Priority Area', width: 2.2 },
      { header: 'Strategy', width: 2.6 },
      { header: 'Indicator', width: 2.2 },
      { header: 'Milestones', width: 2.6 },
      { header: 'Timeline', width: 1.2 },
    ],
    rows,
  };
}

function signatures(plan: PlanTree): Block[] {
  return [
    { kind: 'heading', level: 1, text: 'Plan signatures' },
    { kind: 'paragraph', runs: [{ text: signatureStatement }] },
    plan.signatures.length
      ? {
          kind: 'table',
          columns: [
            { header: 'Name', width: 2 },
            { header: 'Position', width: 2 },
            { header: 'Improvement Plan Role', width: 2 },
            { header: 'Signature', width: 1.6 },
          ],
          rows: plan.signatures.map((s) => [
            cell(s.signedName ?? s.person.name),
            cell(s.signedPosition),
            cell(s.roleInPlan),
            s.signedAt
              ? cell(`Signed ${formatDate(s.signedAt)}`)
              : cell('Awaiting signature', { italic: true }),
          ]),
        }
      : note('No signatures requested yet.'),
  ];
}

function priorityPlanning(plan: PlanTree): Block[] {
  const goalNumbers = new Map(plan.goals.map((g) => [g.id, g.number]));
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Priority planning' }];
  if (!plan.priorities.length) blocks.push(note('No priority areas yet.'));
  for (const p of plan.priorities) {
    blocks.push({ kind: 'heading', level: 2, text: `Priority ${p.number}: ${p.title}` });
    if (p.description) blocks.push({ kind: 'paragraph', runs: [{ text: p.description }] });
    if (!p.strategies.length) blocks.push(note('No strategies yet.'));
    for (const s of p.strategies) {
      blocks.push({ kind: 'heading', level: 3, text: `Strategy ${s.number}: ${s.title}` });
      const toa = theoryOfAction(s.toaIf, s.toaThen, s.toaAnd);
      blocks.push(toa.length ? { kind: 'paragraph', runs: toa } : note('Theory of action not yet written.'));
      if (s.practiceCodes.length)
        blocks.push(labelled('Effective practices', `Four Domains: ${s.practiceCodes.join(', ')}`));
      const goals = s.goalIds.map((id) => goalNumbers.get(id)).filter((n): n is string => Boolean(n));
      if (goals.length) blocks.push(labelled('Supports', goals.map((n) => `Goal ${n}`).join(', ')));
      if (s.rationale) blocks.push(labelled('Rationale', s.rationale));
      if (s.evidence) blocks.push(labelled('Evidence', s.evidence));
      blocks.push({ kind: 'heading', level: 4, text: 'Strategy performance measures' });
      blocks.push(
        s.measures.length
          ? measureTable(s.measures, plan.period)
          : note('No strategy performance measures yet.'),
      );
      if (!s.milestones.length) blocks.push(note('No milestones yet.'));
      for (const m of s.milestones) {
        const parts = [
          `Milestone ${m.number}: ${m.title.replace(/[\s,.;:]+$/u, '')}`,
          m.dueDate ? `due ${formatDate(m.dueDate)}` : null,
          m.responsibleTeam,
        ];
        blocks.push({ kind: 'heading', level: 4, text: parts.filter(Boolean).join(' — ') });
        blocks.push(
          m.actions.length
            ? {
                kind: 'table',
                columns: [
                  { header: 'Actions', width: 2.7 },
                  { header: 'Anticipated Outputs', width: 2.3 },
                  { header: 'Timeline', width: 1.6 },
                  { header: 'Resources/Budget', width: 1.5 },
                  { header: 'Person Responsible', width: 1.5 },
                  { header: 'Collaborators', width: 1.8 },
                ],
                rows: m.actions.map((a) => [
                  cell(`${a.number} ${a.description}`),
                  cell(a.outputs),
                  cell(timeline(a.startDate, a.endDate)),
                  cell(budget(a.budgetAmount, a.fundingSource)),
                  cell(a.responsiblePerson?.name ?? a.responsibleName),
                  cell(a.collaborators),
                ]),
              }
            : note('No actions yet.'),
        );
      }
    }
  }
  return blocks;
}

import type { MeasureView, PlanChange, PlanSnapshot } from '../schemas/plan';
import type { NeedsElementKey } from '../schemas/plan-enums';
import { yearLabel } from './period';
import { describeTarget } from './targets';

type Value = string | null;

/** One comparable part of a plan: an item, or the direction / needs / plan-level fields as a whole. */
type Entry = {
  key: string;
  entity: string;
  number: string | null;
  label: string;
  fields: [field: string, value: Value][];
  /** A measure's rows: they have no ids, so they are compared by position. */
  rows?: Row[];
};

type Row = { label: Value; fields: [field: string, value: Value][] };

/**
 * What changed between two plan snapshots, in words a leadership team reads: items are matched by id, so
 * an edited strategy is one "changed" entry listing its fields rather than a removal and an addition, and
 * a moved item shows as a changed number. Entries follow the document order of the newer snapshot; a
 * removed item sits where it used to be.
 */
export function diffPlans(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const old = entries(before);
  const now = entries(after);
  const oldByKey = new Map(old.map((e) => [e.key, e]));
  const nowKeys = new Set(now.map((e) => e.key));

  // Removed entries follow the nearest earlier entry that still exists (or lead the list).
  const removedAfter = new Map<string | null, Entry[]>();
  let anchor: string | null = null;
  for (const entry of old) {
    if (nowKeys.has(entry.key)) anchor = entry.key;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), entry]);
  }

  const changes: PlanChange[] = [];
  const removed = (key: string | null) => {
    for (const e of removedAfter.get(key) ?? [])
      changes.push({ change: 'removed', entity: e.entity, number: e.number, label: e.label, fields: [] });
  };
  removed(null);
  for (const entry of now) {
    const previous = oldByKey.get(entry.key);
    if (!previous) {
      changes.push({
        change: 'added',
        entity: entry.entity,
        number: entry.number,
        label: entry.label,
        fields: [],
      });
    } else {
      const fields = changedFields(previous, entry);
      if (fields.length > 0)
        changes.push({
          change: 'changed',
          entity: entry.entity,
          number: entry.number,
          label: entry.label,
          fields,
        });
    }
    removed(entry.key);
  }
  return changes;
}

function changedFields(before: Entry, after: Entry): PlanChange['fields'] {
  const fields: PlanChange['fields'] = [];
  if (before.number !== after.number)
    fields.push({ field: 'Number', before: before.number, after: after.number });
  fields.push(...compareFields(before.fields, after.fields, ''));

  // Row fields are named by the row's breakdown ("Baseline (Grade 5)"), or its position when unlabelled.
  const old = before.rows ?? [];
  const now = after.rows ?? [];
  const count = Math.max(old.length, now.length);
  for (let i = 0; i < count; i++) {
    const label = now[i]?.label ?? old[i]?.label ?? null;
    // An added or removed row shows as its breakdown appearing or going, even when it holds no data yet.
    const was = old[i] ? (old[i].label ?? 'Overall') : null;
    const is = now[i] ? (now[i].label ?? 'Overall') : null;
    if (was !== is) fields.push({ field: `Breakdown (row ${i + 1})`, before: was, after: is });
    const name = label ? ` (${label})` : count > 1 ? ` (row ${i + 1})` : '';
    fields.push(...compareFields(old[i]?.fields ?? [], now[i]?.fields ?? [], name));
  }
  return fields;
}

function compareFields(
  before: Entry['fields'],
  after: Entry['fields'],
  suffix: string,
): PlanChange['fields'] {
  const old = new Map(before);
  const now = new Map(after);
  const names = new Set([...now.keys(), ...old.keys()]);
  return [...names].flatMap((name) => {
    const was = old.get(name) ?? null;
    const is = now.get(name) ?? null;
    return was === is ? [] : [{ field: `${name}${suffix}`, before: was, after: is }];
  });
}

/** The snapshot flattened in document order: plan, direction and goals, needs, then the plan tree. */
function entries(plan: PlanSnapshot): Entry[] {
  const goalNumbers = new Map(plan.goals.map((g) => [g.id, g.number]));
  const swotLabels = new Map(plan.swot.map((s) => [s.id, short(s.statement)]));
  const rootCauseNames = new Map(plan.rootCauses.map((r) => [r.id, `${methodName(r.method)} ${r.number}`]));
  const { direction, needs } = plan;
  const list: Entry[] = [
    {
      key: 'plan',
      entity: 'Plan',
      number: null,
      label: short(plan.title),
      fields: [
        ['Title', plan.title],
        ['Period', plan.period.label],
      ],
    },
    {
      key: 'direction',
      entity: 'Direction',
      number: null,
      label: 'Direction',
      fields: [
        ['Vision', text(direction.vision)],
        ['Mission', text(direction.mission)],
        ['Purpose: if', text(direction.purposeIf)],
        ['Purpose: then', text(direction.purposeThen)],
        ['Purpose: and', text(direction.purposeAnd)],
        [
          'Glossary',
          joined(
            direction.glossary.map((g) => `${g.term}: ${g.definition}`),
            '; ',
          ),
        ],
        [
          'Leadership team',
          joined(
            direction.leadershipTeam.map((m) => (m.position ? `${m.name} (${m.position})` : m.name)),
            '; ',
          ),
        ],
      ],
    },
  ];

  for (const goal of plan.goals) {
    list.push({
      key: `goal:${goal.id}`,
      entity: 'Goal',
      number: goal.number,
      label: short(goal.statement),
      fields: [
        ['Statement', goal.statement],
        ['Explanation', text(goal.explanation)],
      ],
    });
    for (const measure of goal.measures) list.push(measureEntry(measure, 'Goal measure', goal.number));
  }

  list.push({
    key: 'needs',
    entity: 'Needs assessment',
    number: null,
    label: 'Needs assessment',
    fields: [
      [
        'Elements examined',
        joined(
          needs.elements.checked.map((key) => {
            const other = needs.elements.other[key];
            return other ? `${needsElementNames[key]} (${other})` : needsElementNames[key];
          }),
          '; ',
        ),
      ],
      ['Process', text(needs.process)],
      ['Stakeholder input', text(needs.stakeholderInput)],
    ],
  });

  const perQuadrant = new Map<string, number>();
  for (const entry of plan.swot) {
    const number = (perQuadrant.get(entry.quadrant) ?? 0) + 1;
    perQuadrant.set(entry.quadrant, number);
    list.push({
      key: `swot:${entry.id}`,
      entity: `SWOT ${entry.quadrant}`,
      number: String(number),
      label: short(entry.statement),
      fields: [
        ['Quadrant', capitalize(entry.quadrant)],
        ['Statement', entry.statement],
        ['Evidence', text(entry.evidence)],
        ['Leverage', text(entry.leverage)],
      ],
    });
  }

  for (const cause of plan.rootCauses)
    list.push({
      key: `rootCause:${cause.id}`,
      entity: methodName(cause.method),
      number: cause.number,
      label: short(cause.problem),
      fields: [
        ['Method', methodName(cause.method)],
        ['Problem', cause.problem],
        [
          'Whys',
          joined(
            cause.whys.map(
              (w, i) => `${i + 1}. ${w.question}${w.answer ? ` — ${w.answer}` : ''}${evidence(w.evidence)}`,
            ),
            '; ',
          ),
        ],
        [
          'Fishbone',
          joined(
            cause.categories.map(
              (c) =>
                `${c.name}: ${c.causes
                  .map(
                    (k) =>
                      `${k.text}${k.priority ? ` (${k.priority})` : ''}${k.actionable ? '' : ' (not actionable)'}${evidence(k.evidence)}`,
                  )
                  .join(', ')}`,
            ),
            '; ',
          ),
        ],
        ['Root cause', text(cause.rootCause)],
        ['Weakness or threat', cause.swotEntryId ? (swotLabels.get(cause.swotEntryId) ?? null) : null],
      ],
    });

  for (const priority of plan.priorities) {
    list.push({
      key: `priority:${priority.id}`,
      entity: 'Priority area',
      number: priority.number,
      label: short(priority.title),
      fields: [
        ['Title', priority.title],
        ['Description', text(priority.description)],
        [
          'SWOT entries',
          joined(
            priority.swotEntryIds.map((id) => swotLabels.get(id) ?? ''),
            '; ',
          ),
        ],
        [
          'Root causes',
          joined(
            priority.rootCauseIds.map((id) => rootCauseNames.get(id) ?? ''),
            ', ',
          ),
        ],
        ['Rubric items', priority.candidateIds.length > 0 ? `${priority.candidateIds.length} linked` : null],
      ],
    });
    for (const strategy of priority.strategies) {
      list.push({
        key: `strategy:${strategy.id}`,
        entity: 'Strategy',
        number: strategy.number,
        label: short(strategy.title),
        fields: [
          ['Title', strategy.title],
          ['Theory of action: if', text(strategy.toaIf)],
          ['Theory of action: then', text(strategy.toaThen)],
          ['Theory of action: and', text(strategy.toaAnd)],
          ['Practice codes', joined(strategy.practiceCodes, ', ')],
          [
            'Goals',
            joined(
              strategy.goalIds.flatMap((id) => {
                const number = goalNumbers.get(id);
                return number ? [`Goal ${number}`] : [];
              }),
              ', ',
            ),
          ],
          ['Rationale', text(strategy.rationale)],
          ['Evidence', text(strategy.evidence)],
        ],
      });
      for (const measure of strategy.measures)
        list.push(measureEntry(measure, 'Strategy measure', strategy.number));
      for (const milestone of strategy.milestones) {
        list.push({
          key: `milestone:${milestone.id}`,
          entity: 'Milestone',
          number: milestone.number,
          label: short(milestone.title),
          fields: [
            ['Title', milestone.title],
            ['Due date', milestone.dueDate],
            ['Responsible team', text(milestone.responsibleTeam)],
          ],
        });
        for (const action of milestone.actions)
          list.push({
            key: `action:${action.id}`,
            entity: 'Action',
            number: action.number,
            label: short(action.description),
            fields: [
              ['Description', action.description],
              ['Outputs', text(action.outputs)],
              ['Start date', action.startDate],
              ['End date', action.endDate],
              [
                'Budget',
                action.budgetAmount === null
                  ? null
                  : action.budgetAmount.toLocaleString('en-US', { maximumFractionDigits: 2 }),
              ],
              ['Funding source', text(action.fundingSource)],
              ['Person responsible', action.responsiblePerson?.name ?? text(action.responsibleName)],
              ['Collaborators', text(action.collaborators)],
            ],
          });
      }
    }
  }
  return list;
}

function measureEntry(measure: MeasureView, entity: string, ownerNumber: string): Entry {
  const fields: Entry['fields'] = [
    ['Indicator', measure.indicator],
    ['Data source', text(measure.dataSource)],
    ['Unit', text(measure.unit)],
  ];
  const rows: Row[] = measure.rows.map((row) => ({
    label: text(row.label),
    fields: [
      ['Baseline', row.baseline === null ? null : String(row.baseline)],
      ['Baseline as of', row.baselineAsOf],
      [
        'Targets',
        joined(
          row.targets.map((t) => `${yearLabel(t.year)}: ${describeTarget(t, row.baseline, measure.unit)}`),
          '; ',
        ),
      ],
    ],
  }));
  return {
    key: `measure:${measure.id}`,
    entity,
    number: `${ownerNumber}.${measure.number}`,
    label: short(measure.indicator),
    fields,
    rows,
  };
}

const needsElementNames: Record<NeedsElementKey, string> = {
  demographics_student: 'Demographics: student',
  demographics_community: 'Demographics: community',
  demographics_personnel: 'Demographics: personnel',
  demographics_other: 'Demographics: other',
  policies_operations: 'Policies and supports: operations',
  policies_learning_infrastructure: 'Policies and supports: learning infrastructure',
  policies_support_for_improvement: 'Policies and supports: support for school improvement',
  outcomes_assessments: 'Student outcomes: assessments',
  outcomes_graduation_rates: 'Student outcomes: graduation rates',
  outcomes_postsecondary_success: 'Student outcomes: post-secondary success',
  outcomes_accountability_metrics: 'Student outcomes: accountability metrics',
  outcomes_other: 'Student outcomes: other',
  engagement_attendance: 'Student engagement: attendance',
  engagement_behavior: 'Student engagement: behavior',
  engagement_other: 'Student engagement: other',
  opportunities_enrollment: 'Student opportunities: enrollment and participation',
  opportunities_equity_of_access: 'Student opportunities: equity of access to quality instruction',
  opportunities_other: 'Student opportunities: other',
  personnel_policy: 'Personnel policy and procedures',
  professional_practice: 'Professional practice',
  climate_culture: 'Climate and culture',
  performance_management: 'Performance management routines',
  vendor_practices: 'Vendor and partner practices',
  other: 'Other',
};

function methodName(method: PlanSnapshot['rootCauses'][number]['method']): string {
  return method === 'five_whys' ? '5 Whys' : 'Fishbone';
}

function text(value: string | null | undefined): Value {
  return value && value.trim() !== '' ? value : null;
}

function joined(parts: string[], separator: string): Value {
  const kept = parts.filter((p) => p !== '');
  return kept.length > 0 ? kept.join(separator) : null;
}

function evidence(value: string): string {
  return value ? ` [evidence: ${value}]` : '';
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A label fits on one line of a history list. */
function short(value: string, max = 80): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

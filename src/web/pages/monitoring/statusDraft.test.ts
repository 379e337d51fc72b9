import { describe, expect, it } from 'vitest';
import type { StatusReport, StatusSheetRow } from '../../../shared/schemas/monitoring';
import {
  draftErrors,
  draftInput,
  emptyDraft,
  groupRows,
  initialDraft,
  isReady,
  sheetCounts,
  withStatus,
} from './statusDraft';

const report = (overrides: Partial<StatusReport> = {}): StatusReport => ({
  id: 'r1',
  actionId: 'a1',
  period: '2026-10',
  status: 'on_track',
  percentComplete: 40,
  outputsDone: 'Two units',
  comment: 'Going well',
  cause: null,
  adjustment: null,
  resourcesUsed: 'Coach time',
  budgetUsed: 120,
  reportedBy: { id: 'p1', name: 'Karen Lee' },
  reportedAt: '2026-11-03T10:00:00.000Z',
  version: 3,
  ...overrides,
});

const row = (overrides: Partial<StatusSheetRow> = {}): StatusSheetRow => ({
  actionId: 'a1',
  planId: 'p',
  number: '1.1.1.1',
  description: 'Do it',
  outputs: null,
  startDate: null,
  endDate: null,
  milestone: { id: 'm1', number: '1.1.1', title: 'M', responsibleTeam: null },
  strategy: { id: 's1', number: '1.1', title: 'S' },
  responsible: { personId: null, name: null },
  current: null,
  previous: null,
  late: false,
  abilities: { report: true },
  ...overrides,
});

describe('initialDraft', () => {
  it('starts empty without reports', () => {
    expect(initialDraft(row())).toEqual(emptyDraft);
  });

  it('carries last month’s status, progress, outputs and explanation, not its monthly figures', () => {
    const draft = initialDraft(row({ previous: report({ status: 'behind', cause: 'c', adjustment: 'a' }) }));
    expect(draft).toEqual({
      ...emptyDraft,
      status: 'behind',
      percentComplete: 40,
      outputsDone: 'Two units',
      cause: 'c',
      adjustment: 'a',
    });
    expect(draft.version).toBeUndefined();
  });

  it('starts from this month’s report, with its version, to correct it', () => {
    const draft = initialDraft(row({ current: report({ period: '2026-11' }), previous: report() }));
    expect(draft).toMatchObject({ status: 'on_track', comment: 'Going well', budgetUsed: 120, version: 3 });
  });
});

describe('isReady', () => {
  it('needs a status for a month not reported yet; a carried status counts', () => {
    expect(isReady(row(), emptyDraft)).toBe(false);
    const carried = row({ previous: report() });
    expect(isReady(carried, initialDraft(carried))).toBe(true);
  });

  it('sends a reported month only when something changed', () => {
    const reported = row({ current: report({ period: '2026-11' }) });
    const draft = initialDraft(reported);
    expect(isReady(reported, draft)).toBe(false);
    expect(isReady(reported, { ...draft, percentComplete: '45' })).toBe(true);
    // After a conflict the draft names the winner's version, to replace it on the next save.
    expect(isReady(reported, { ...draft, version: 4 })).toBe(true);
  });
});

describe('withStatus', () => {
  it('sets 100 % on completion and leaves progress alone otherwise', () => {
    expect(withStatus({ ...emptyDraft, percentComplete: 60 }, 'completed').percentComplete).toBe(100);
    expect(withStatus({ ...emptyDraft, percentComplete: 60 }, 'behind').percentComplete).toBe(60);
  });
});

describe('draftInput and draftErrors', () => {
  it('trims text, drops empty values and sends cause and adjustment only when slipping', () => {
    const draft = {
      ...emptyDraft,
      status: 'on_track' as const,
      percentComplete: '30',
      cause: 'old',
      comment: ' ',
    };
    expect(draftInput(draft, '2026-11')).toEqual({
      period: '2026-11',
      status: 'on_track',
      percentComplete: 30,
      outputsDone: null,
      comment: null,
      cause: null,
      adjustment: null,
      resourcesUsed: null,
      budgetUsed: null,
    });
    expect(draftInput({ ...draft, version: 2 }, '2026-11').version).toBe(2);
  });

  it('names cause and adjustment with the server’s words when an action is behind', () => {
    const errors = draftErrors({ ...emptyDraft, status: 'behind' }, '2026-11');
    expect(errors?.cause).toMatch(/^Say what caused the delay/);
    expect(errors?.adjustment).toMatch(/^Say what the team will change/);
    expect(
      draftErrors({ ...emptyDraft, status: 'behind', cause: 'c', adjustment: 'a' }, '2026-11'),
    ).toBeNull();
  });
});

describe('groupRows and sheetCounts', () => {
  it('groups by strategy then milestone in the order given', () => {
    const rows = [
      row({ actionId: 'a1' }),
      row({ actionId: 'a2', milestone: { id: 'm2', number: '1.1.2', title: 'M2', responsibleTeam: null } }),
      row({ actionId: 'a3' }),
      row({ actionId: 'a4', strategy: { id: 's2', number: '1.2', title: 'S2' } }),
    ];
    const groups = groupRows(rows);
    expect(groups.map((g) => g.strategy.id)).toEqual(['s1', 's2']);
    expect(groups[0]?.milestones.map((m) => m.rows.map((r) => r.actionId))).toEqual([['a1', 'a3'], ['a2']]);
  });

  it('counts reported, missing and late', () => {
    const counts = sheetCounts([
      { current: report(), late: false },
      { current: null, late: true },
      { current: null, late: false },
    ]);
    expect(counts).toEqual({ due: 3, reported: 1, missing: 2, late: 1 });
  });
});

import { and, eq, inArray } from 'drizzle-orm';
import type { MeasureRow } from '../../shared/schemas/plan';
import type { Tx } from '../db/client';
import { priorityCandidates } from '../db/schema';
import { badRequest, type Issue } from '../http/errors';
import { holdsRoleAt } from '../queries/plans';
import type { LoadedPlan } from './load';
import type { ItemTable } from './positions';

/**
 * Collects every problem with the ids and values an item write names, so one answer lists them all with
 * their paths ("goalIds.1"). Linked items must be this plan's; rubric items this organization's.
 */
export class LinkCheck {
  readonly issues: Issue[] = [];

  constructor(
    private readonly tx: Tx,
    private readonly loaded: LoadedPlan,
  ) {}

  add(path: string, message: string) {
    this.issues.push({ path, message });
  }

  /** One linked item of this plan; nothing to check when it is absent. */
  async item(path: string, table: ItemTable, id: string | null | undefined, what: string) {
    if (!id) return;
    const found = await this.foundIn(table, [id]);
    if (!found.has(id)) this.add(path, `Choose ${what} of this plan.`);
  }

  /** A list of linked items of this plan, each at most once. */
  async items(path: string, table: ItemTable, ids: string[] | undefined, what: string) {
    if (!ids?.length) return;
    const found = await this.foundIn(table, ids);
    this.eachOnce(path, ids, (id) => (found.has(id) ? null : `Choose ${what} of this plan.`));
  }

  /** Rubric items carried from this organization's self-assessments. */
  async candidates(path: string, ids: string[] | undefined) {
    if (!ids?.length) return;
    const rows = await this.tx
      .select({ id: priorityCandidates.id })
      .from(priorityCandidates)
      .where(
        and(
          eq(priorityCandidates.organizationId, this.loaded.organization.id),
          inArray(priorityCandidates.id, ids),
        ),
      );
    const found = new Set(rows.map((r) => r.id));
    this.eachOnce(path, ids, (id) =>
      found.has(id) ? null : 'Choose a rubric item carried from this organization’s self-assessments.',
    );
  }

  /** The person responsible for an action works at the plan's organization. */
  async person(path: string, id: string | null | undefined) {
    if (!id) return;
    if (!(await holdsRoleAt(this.tx, id, this.loaded.organization.id))) {
      this.add(path, `Choose someone who holds a role at ${this.loaded.organization.name}.`);
    }
  }

  /** Targets fall within the plan's school years, one per year in each row. */
  targets(path: string, rows: MeasureRow[] | undefined) {
    const { startYear, years } = this.loaded.plan;
    const last = startYear + years - 1;
    rows?.forEach((row, r) => {
      const seen = new Set<number>();
      row.targets.forEach((target, t) => {
        const at = `${path}.${r}.targets.${t}.year`;
        if (target.year < startYear || target.year > last) {
          this.add(at, `Choose a school year within the plan (${startYear} to ${last}).`);
        } else if (seen.has(target.year)) {
          this.add(at, 'This row already has a target for that school year.');
        }
        seen.add(target.year);
      });
    });
  }

  /** Throws a 400 naming every problem found. */
  finish() {
    if (this.issues.length === 0) return;
    throw badRequest(
      this.issues.length === 1 ? this.issues[0].message : 'Some fields need attention.',
      this.issues,
    );
  }

  private eachOnce(path: string, ids: string[], problem: (id: string) => string | null) {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      const message = seen.has(id) ? 'Listed more than once.' : problem(id);
      if (message) this.add(`${path}.${i}`, message);
      seen.add(id);
    });
  }

  private async foundIn(table: ItemTable, ids: string[]) {
    const rows = await this.tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.planId, this.loaded.plan.id), inArray(table.id, ids)));
    return new Set(rows.map((r) => r.id));
  }
}

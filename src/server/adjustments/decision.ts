import { type DecisionFields, decisionFields } from '../../shared/schemas/adjustments';
import { badRequest, zodIssues } from '../http/errors';

export type Decision = Required<DecisionFields>;

type DecisionDraft = {
  cause?: string | null;
  evidence?: string | null;
  decidedBy?: string | null;
  decidedOn?: string;
};

/** Today as YYYY-MM-DD in the server's time zone: the day a decision is taken to be made when none is given. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The cause, evidence and decider an adjustment must carry, checked with the same rules as a standalone
 * adjustment; every missing field is reported at once (400) so a form can mark them all.
 */
export function requireDecision(draft: DecisionDraft, now = new Date()): Decision {
  const result = decisionFields.safeParse({
    cause: draft.cause ?? '',
    evidence: draft.evidence ?? '',
    decidedBy: draft.decidedBy ?? '',
    decidedOn: draft.decidedOn,
  });
  if (!result.success) {
    const issues = zodIssues(result.error.issues);
    throw badRequest('A change to a signed plan needs its cause, its evidence and who decided.', issues);
  }
  return { ...result.data, decidedOn: result.data.decidedOn ?? today(now) };
}

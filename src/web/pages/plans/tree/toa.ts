/** One part of a theory of action as a clause of the sentence: trailing punctuation goes, the sentence adds its own. */
export function clause(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim().replace(/[\s,.;:]+$/u, '');
  return trimmed === '' ? null : trimmed;
}

export type TheoryOfAction = { toaIf: string | null; toaThen: string | null; toaAnd: string | null };

/** The three clauses, or null when none is written. */
export function theoryOfAction(strategy: TheoryOfAction) {
  const parts = {
    toaIf: clause(strategy.toaIf),
    toaThen: clause(strategy.toaThen),
    toaAnd: clause(strategy.toaAnd),
  };
  return parts.toaIf || parts.toaThen || parts.toaAnd ? parts : null;
}

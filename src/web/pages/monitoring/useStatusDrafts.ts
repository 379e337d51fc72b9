import { useCallback, useState } from 'react';
import type { StatusSheetRow } from '../../../shared/schemas/monitoring';
import type { FieldErrors } from '../../components/forms';
import type { RowOutcome } from './StatusRow';
import { initialDraft, type StatusDraft } from './statusDraft';

/**
 * What the reader typed, per action, with each row's field messages and last save result. Rows never
 * touched have no entry and show their starting values.
 */
export function useStatusDrafts() {
  const [drafts, setDrafts] = useState<Record<string, StatusDraft>>({});
  const [errors, setErrors] = useState<Record<string, FieldErrors>>({});
  const [outcomes, setOutcomes] = useState<Record<string, RowOutcome>>({});

  const draftOf = useCallback((row: StatusSheetRow) => drafts[row.actionId] ?? initialDraft(row), [drafts]);

  const change = useCallback((actionId: string, draft: StatusDraft, field: keyof StatusDraft) => {
    setDrafts((all) => ({ ...all, [actionId]: draft }));
    // A changed field's message no longer applies, nor does "Saved".
    setErrors((all) => {
      const row = all[actionId];
      if (!row?.[field]) return all;
      const { [field]: _, ...rest } = row;
      return { ...all, [actionId]: rest };
    });
    setOutcomes(({ [actionId]: _, ...rest }) => rest);
  }, []);

  const discard = useCallback((actionId: string) => {
    setDrafts(({ [actionId]: _, ...rest }) => rest);
    setErrors(({ [actionId]: _, ...rest }) => rest);
    setOutcomes(({ [actionId]: _, ...rest }) => rest);
  }, []);

  /** Records a save round: saved rows drop their drafts; the rest keep what was typed. */
  const settle = useCallback(
    (result: {
      saved: string[];
      failed: Record<string, unknown>;
      errors: Record<string, FieldErrors>;
      versions: Record<string, number>;
    }) => {
      setDrafts((all) => {
        const next = { ...all };
        for (const id of result.saved) delete next[id];
        for (const [id, version] of Object.entries(result.versions)) {
          const draft = next[id];
          if (draft) next[id] = { ...draft, version };
        }
        return next;
      });
      setErrors((all) => {
        const next = { ...all };
        for (const id of result.saved) delete next[id];
        return { ...next, ...result.errors };
      });
      setOutcomes((all) => {
        const next = { ...all };
        for (const id of result.saved) next[id] = { saved: true };
        for (const [id, error] of Object.entries(result.failed)) next[id] = { saved: false, error };
        return next;
      });
    },
    [],
  );

  return { draftOf, drafts, errors, outcomes, change, discard, settle, setDrafts };
}

export type StatusDrafts = ReturnType<typeof useStatusDrafts>;

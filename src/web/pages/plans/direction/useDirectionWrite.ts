import { useState } from 'react';
import { type DirectionInput, directionInput, type PlanTree } from '../../../../shared/schemas/plan';
import { type FieldErrors, schemaErrors } from '../../../components/forms';
import { fieldError } from '../../admin/common/errors';
import { usePlanWrite } from '../api';

type DirectionFields = Omit<DirectionInput, 'version'>;

/** The saved direction as the input the API takes back, so one card can change its part of it. */
export function directionFields(plan: PlanTree): DirectionFields {
  const d = plan.direction;
  return {
    vision: d.vision,
    mission: d.mission,
    purposeIf: d.purposeIf,
    purposeThen: d.purposeThen,
    purposeAnd: d.purposeAnd,
    glossary: d.glossary,
    leadershipTeam: d.leadershipTeam,
  };
}

/**
 * Saves one card of the direction: the whole direction goes with the version read, this card's fields
 * replaced. Messages come from the shared schema first, then from the API, by field path.
 */
export function useDirectionWrite(plan: PlanTree) {
  const write = usePlanWrite(plan.id);
  const [checks, setChecks] = useState<FieldErrors>({});

  const save = (changes: Partial<DirectionFields>, onSuccess?: () => void) => {
    const body = { ...directionFields(plan), ...changes, version: plan.direction.version };
    const found = schemaErrors(directionInput, body);
    setChecks(found ?? {});
    if (found) return false;
    write.mutate({ method: 'put', path: `/api/plans/${plan.id}/direction`, body }, { onSuccess });
    return true;
  };

  return {
    save,
    pending: write.isPending,
    succeeded: write.isSuccess,
    error: write.error,
    reset: () => {
      setChecks({});
      write.reset();
    },
    fieldError: (path: string) => checks[path] ?? fieldError(write.error, path),
    checks,
  };
}

export type DirectionWrite = ReturnType<typeof useDirectionWrite>;

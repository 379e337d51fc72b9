import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../../shared/limits';
import { type PlanTree, planItemInputs } from '../../../../shared/schemas/plan';
import { type FieldErrors, schemaErrors } from '../../../components/forms';
import { useTranslation } from '../../../i18n';
import { fieldError } from '../../admin/common/errors';
import { planItemPath, usePlanWrite } from '../api';
import { PendingButton } from '../SubmitButton';
import { WriteError } from '../WriteError';
import { changedFields } from './changes';

type Goal = PlanTree['goals'][number];

type Props = {
  plan: PlanTree;
  /** The goal to edit; without it the form adds one. */
  goal?: Goal;
  submitLabel: string;
  onDone: (plan: PlanTree) => void;
  onCancel: () => void;
};

const fields = ['statement', 'explanation'];

/** A goal's statement and explanation, for adding a goal or editing one. */
export function GoalForm({ plan, goal, submitLabel, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const write = usePlanWrite(plan.id);
  const [statement, setStatement] = useState(goal?.statement ?? '');
  const [explanation, setExplanation] = useState(goal?.explanation ?? '');
  const [checks, setChecks] = useState<FieldErrors>({});
  const [initial] = useState({ statement, explanation });
  const idBase = `goal-form-${goal?.id ?? 'new'}`;
  const error = (path: string) => checks[path] ?? fieldError(write.error, path);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { statement, explanation };
    const found = schemaErrors(planItemInputs.goal, input);
    setChecks(found ?? {});
    if (found) {
      document.getElementById(`${idBase}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    write.mutate(
      goal
        ? {
            method: 'patch',
            path: planItemPath(plan.id, 'goal', goal.id),
            body: { ...changedFields(initial, input), version: goal.version },
          }
        : { method: 'post', path: planItemPath(plan.id, 'goal'), body: input },
      {
        onSuccess: onDone,
        onError: () =>
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>(`#${idBase}-form [aria-invalid="true"]`)?.focus(),
          ),
      },
    );
  };

  return (
    <form id={`${idBase}-form`} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          id={`${idBase}-statement`}
          label={t('plans.goals.statement')}
          required
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
          value={statement}
          onChange={(e) => setStatement(e.currentTarget.value)}
          error={error('statement')}
        />
        <Textarea
          id={`${idBase}-explanation`}
          label={t('plans.goals.explanation')}
          description={t('plans.goals.explanationHelp')}
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
          value={explanation}
          onChange={(e) => setExplanation(e.currentTarget.value)}
          error={error('explanation')}
        />
        <WriteError planId={plan.id} error={write.error} shown={(path) => fields.includes(path)} />
        <Group gap="sm">
          <PendingButton type="submit" pending={write.isPending}>
            {submitLabel}
          </PendingButton>
          <Button variant="default" onClick={onCancel}>
            {t('plans.goals.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

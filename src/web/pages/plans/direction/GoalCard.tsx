import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { planItemPath } from '../api';
import { CommentButton } from '../comments/CommentButton';
import { DeleteButton } from '../common/DeleteButton';
import { MoveButtons } from '../common/MoveButtons';
import type { Move } from '../common/useMove';
import { focusOnceGone } from './focusOnceGone';
import { GoalForm } from './GoalForm';
import { MeasureList } from './MeasureList';

type Props = { plan: PlanTree; index: number; ids: string[]; reorder: Move };

/** One goal: its statement and explanation, its measures, and for editors the controls to change it. */
export function GoalCard({ plan, index, ids, reorder }: Props) {
  const { t } = useTranslation();
  const goal = plan.goals[index];
  const [editing, setEditing] = useState(false);
  if (!goal) return null;
  const label = t('plans.goals.label', { number: goal.number });
  const headingId = `goal-${goal.id}-heading`;
  const edit = plan.abilities.edit;
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById(`goal-${goal.id}-edit`)?.focus());
  };

  return (
    <Paper
      withBorder
      p="lg"
      component="article"
      id={`item-${goal.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={3} id={headingId}>
            {label}
          </Title>
          <Group gap="xs">
            <CommentButton planId={plan.id} anchorType="goal" anchorId={goal.id} label={label} />
            {edit && (
              <>
                <MoveButtons
                  ids={ids}
                  index={index}
                  move={reorder}
                  upLabel={t('plans.goals.moveUp', { number: goal.number })}
                  downLabel={t('plans.goals.moveDown', { number: goal.number })}
                  done={(position) => t('plans.goals.moved', { position, count: ids.length })}
                />
                {!editing && (
                  <Button
                    id={`goal-${goal.id}-edit`}
                    size="xs"
                    variant="default"
                    aria-label={t('plans.goals.editLabel', { number: goal.number })}
                    onClick={() => {
                      setEditing(true);
                      requestAnimationFrame(() =>
                        document.getElementById(`goal-form-${goal.id}-statement`)?.focus(),
                      );
                    }}
                  >
                    {t('plans.goals.edit')}
                  </Button>
                )}
                <DeleteButton
                  planId={plan.id}
                  path={planItemPath(plan.id, 'goal', goal.id)}
                  version={goal.version}
                  text={t('plans.goals.delete')}
                  name={t('plans.goals.deleteLabel', { number: goal.number })}
                  title={t('plans.goals.deleteTitle', { number: goal.number })}
                  body={t('plans.goals.deleteBody', { count: goal.measures.length })}
                  confirmLabel={t('plans.goals.delete')}
                  cancelLabel={t('app.cancel')}
                  onDeleted={() => focusOnceGone(`item-${goal.id}`, 'list-goals')}
                />
              </>
            )}
          </Group>
        </Group>
        {editing ? (
          <GoalForm
            plan={plan}
            goal={goal}
            submitLabel={t('plans.direction.save')}
            onDone={stopEditing}
            onCancel={stopEditing}
          />
        ) : (
          <>
            <Text fw={600} style={{ whiteSpace: 'pre-wrap' }}>
              {goal.statement}
            </Text>
            {goal.explanation && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span size="sm" fw={650}>
                  {t('plans.goals.explanation')}:{' '}
                </Text>
                {goal.explanation}
              </Text>
            )}
          </>
        )}
        <Title order={4} size="h5" mt="xs">
          {t('plans.goals.measures')}
        </Title>
        <MeasureList plan={plan} owner={{ goalId: goal.id }} measures={goal.measures} />
      </Stack>
    </Paper>
  );
}

import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { MoveStatus } from '../common/MoveStatus';
import { useMove } from '../common/useMove';
import { addedId } from '../order';
import { useFocusAfter } from '../useFocusAfter';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';

const goalIds = (plan: PlanTree) => plan.goals.map((g) => g.id);

/** The plan's student-focused goals in order, each with its measures; editors add, change and reorder them. */
export function GoalList({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const reorder = useMove(plan, { kind: 'goal' });
  const focus = useFocusAfter(plan);
  const ids = goalIds(plan);

  const added = () => {
    focus.set((next) => {
      const id = addedId(ids, goalIds(next));
      return id ? `item-${id}` : 'goals-add';
    });
    setAdding(false);
  };
  const stopAdding = () => {
    setAdding(false);
    requestAnimationFrame(() => document.getElementById('goals-add')?.focus());
  };

  return (
    <Stack component="section" aria-labelledby="goals-heading" id="list-goals" tabIndex={-1} gap="md">
      <div>
        <Title order={2} id="goals-heading">
          {t('plans.goals.title')}
        </Title>
        <Text size="sm" c="gray.7" mt={4}>
          {t('plans.goals.intro')}
        </Text>
      </div>
      {plan.goals.length === 0 && <Text c="gray.7">{t('plans.goals.empty')}</Text>}
      {plan.goals.map((goal, index) => (
        <GoalCard key={goal.id} plan={plan} index={index} ids={ids} reorder={reorder} />
      ))}
      <MoveStatus planId={plan.id} move={reorder} />
      {plan.abilities.edit &&
        (adding ? (
          <Paper withBorder p="lg" component="section" aria-labelledby="goals-new-heading">
            <Title order={3} id="goals-new-heading" mb="sm">
              {t('plans.goals.addTitle')}
            </Title>
            <GoalForm
              plan={plan}
              submitLabel={t('plans.goals.create')}
              onDone={added}
              onCancel={stopAdding}
            />
          </Paper>
        ) : (
          <div>
            <Button
              id="goals-add"
              variant="default"
              onClick={() => {
                setAdding(true);
                requestAnimationFrame(() => document.getElementById('goal-form-new-statement')?.focus());
              }}
            >
              {t('plans.goals.add')}
            </Button>
          </div>
        ))}
    </Stack>
  );
}

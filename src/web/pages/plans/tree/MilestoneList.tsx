import { Button, Paper, Stack, Text } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { WriteError } from '../WriteError';
import { MilestoneCard } from './MilestoneCard';
import { MilestoneForm } from './MilestoneForm';
import { SortableList } from './SortableList';
import type { Strategy } from './types';
import { useAddForm } from './useAddForm';
import { useReorder } from './useReorder';

/** A strategy's milestones in order, with a way to add one. */
export function MilestoneList({ plan, strategy }: { plan: PlanTree; strategy: Strategy }) {
  const { t } = useTranslation();
  const editable = plan.abilities.edit;
  const reorder = useReorder({
    planId: plan.id,
    kind: 'milestone',
    parentId: strategy.id,
    items: strategy.milestones,
    label: (milestone) => t('planTree.milestone.label', { number: milestone.number }),
  });
  const addId = `add-milestone-${strategy.id}`;
  const addForm = useAddForm(addId);

  return (
    <Stack gap="sm">
      {reorder.items.length === 0 && !addForm.adding && (
        <Text size="sm" c="gray.7">
          {t('planTree.strategy.noMilestones')}
        </Text>
      )}
      <SortableList reorder={reorder} editable={editable}>
        {reorder.items.map((milestone) => (
          <MilestoneCard
            key={milestone.id}
            planId={plan.id}
            editable={editable}
            strategyId={strategy.id}
            milestone={milestone}
          />
        ))}
      </SortableList>
      <WriteError error={reorder.error} planId={plan.id} hint={null} />
      {editable &&
        (addForm.adding ? (
          <Paper withBorder p="md">
            <MilestoneForm planId={plan.id} strategyId={strategy.id} onClose={addForm.close} />
          </Paper>
        ) : (
          <div>
            <Button
              id={addId}
              variant="light"
              leftSection={<PlusIcon size={16} />}
              onClick={addForm.open}
              aria-label={t('planTree.milestone.addLabel', { number: strategy.number })}
            >
              {t('planTree.milestone.add')}
            </Button>
          </div>
        ))}
    </Stack>
  );
}

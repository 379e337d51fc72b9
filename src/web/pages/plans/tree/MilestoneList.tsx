import { Button, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { focusElement, focusItem } from './focus';
import { MilestoneCard } from './MilestoneCard';
import { MilestoneForm } from './MilestoneForm';
import { SortableList } from './SortableList';
import type { Strategy } from './types';
import { useReorder } from './useReorder';
import { WriteError } from './WriteError';

/** A strategy's milestones in order, with a way to add one. */
export function MilestoneList({ plan, strategy }: { plan: PlanTree; strategy: Strategy }) {
  const { t } = useTranslation();
  const editable = plan.abilities.edit;
  const [adding, setAdding] = useState(false);
  const reorder = useReorder({
    planId: plan.id,
    kind: 'milestone',
    parentId: strategy.id,
    items: strategy.milestones,
    label: (milestone) => t('planTree.milestone.label', { number: milestone.number }),
  });
  const addId = `add-milestone-${strategy.id}`;

  return (
    <Stack gap="sm">
      {reorder.items.length === 0 && !adding && (
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
      <WriteError error={reorder.error} planId={plan.id} />
      {editable &&
        (adding ? (
          <Paper withBorder p="md">
            <MilestoneForm
              planId={plan.id}
              strategyId={strategy.id}
              onClose={(id) => {
                setAdding(false);
                if (id) focusItem(id);
                else focusElement(addId);
              }}
            />
          </Paper>
        ) : (
          <div>
            <Button
              id={addId}
              variant="light"
              leftSection={<PlusIcon size={16} />}
              onClick={() => setAdding(true)}
              aria-label={t('planTree.milestone.addLabel', { number: strategy.number })}
            >
              {t('planTree.milestone.add')}
            </Button>
          </div>
        ))}
    </Stack>
  );
}

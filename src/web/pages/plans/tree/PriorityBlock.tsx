import { Box, Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { WriteError } from '../WriteError';
import { SortableList } from './SortableList';
import { StrategyCard } from './StrategyCard';
import { StrategyForm } from './StrategyForm';
import type { Priority } from './types';
import { useAddForm } from './useAddForm';
import { useReorder } from './useReorder';

/** One priority area, headed by its number and title, with its strategies in order. */
export function PriorityBlock({ plan, priority }: { plan: PlanTree; priority: Priority }) {
  const { t } = useTranslation();
  const editable = plan.abilities.edit;
  const reorder = useReorder({
    planId: plan.id,
    kind: 'strategy',
    parentId: priority.id,
    items: priority.strategies,
    label: (strategy) => t('planTree.strategy.label', { number: strategy.number }),
  });
  const headingId = `heading-${priority.id}`;
  const addId = `add-strategy-${priority.id}`;
  const addForm = useAddForm(addId);

  return (
    <Box
      component="section"
      id={`item-${priority.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="plan-tree-item"
    >
      <Stack gap="md">
        <div>
          <Title order={2} id={headingId}>
            {t('planTree.priority.heading', { number: priority.number, title: priority.title })}
          </Title>
          {priority.description && (
            <Text c="gray.7" mt={4} className="plan-tree-prose">
              {priority.description}
            </Text>
          )}
        </div>
        {reorder.items.length === 0 && !addForm.adding && (
          <Text c="gray.7">{t('planTree.priority.noStrategies')}</Text>
        )}
        <SortableList reorder={reorder} editable={editable}>
          {reorder.items.map((strategy) => (
            <StrategyCard key={strategy.id} plan={plan} priority={priority} strategy={strategy} />
          ))}
        </SortableList>
        <WriteError error={reorder.error} planId={plan.id} hint={null} />
        {editable &&
          (addForm.adding ? (
            <Paper withBorder p="lg">
              <StrategyForm plan={plan} priority={priority} onClose={addForm.close} />
            </Paper>
          ) : (
            <div>
              <Button
                id={addId}
                leftSection={<PlusIcon size={16} />}
                onClick={addForm.open}
                aria-label={t('planTree.strategy.addLabel', { number: priority.number })}
              >
                {t('planTree.strategy.add')}
              </Button>
            </div>
          ))}
      </Stack>
    </Box>
  );
}

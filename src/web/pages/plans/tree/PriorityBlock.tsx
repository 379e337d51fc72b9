import { Box, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { focusElement, focusItem } from './focus';
import { SortableList } from './SortableList';
import { StrategyCard } from './StrategyCard';
import { StrategyForm } from './StrategyForm';
import type { Priority } from './types';
import { useReorder } from './useReorder';
import { WriteError } from './WriteError';

/** One priority area, headed by its number and title, with its strategies in order. */
export function PriorityBlock({ plan, priority }: { plan: PlanTree; priority: Priority }) {
  const { t } = useTranslation();
  const editable = plan.abilities.edit;
  const [adding, setAdding] = useState(false);
  const reorder = useReorder({
    planId: plan.id,
    kind: 'strategy',
    parentId: priority.id,
    items: priority.strategies,
    label: (strategy) => t('planTree.strategy.label', { number: strategy.number }),
  });
  const headingId = `heading-${priority.id}`;
  const addId = `add-strategy-${priority.id}`;

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
        {reorder.items.length === 0 && !adding && (
          <Text c="gray.7">{t('planTree.priority.noStrategies')}</Text>
        )}
        <SortableList reorder={reorder} editable={editable}>
          {reorder.items.map((strategy) => (
            <StrategyCard key={strategy.id} plan={plan} priority={priority} strategy={strategy} />
          ))}
        </SortableList>
        <WriteError error={reorder.error} planId={plan.id} />
        {editable &&
          (adding ? (
            <Paper withBorder p="lg">
              <StrategyForm
                plan={plan}
                priority={priority}
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
                leftSection={<PlusIcon size={16} />}
                onClick={() => setAdding(true)}
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

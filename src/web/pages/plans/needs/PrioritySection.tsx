import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { limits } from '../../../../shared/limits';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { MoveStatus } from '../common/MoveStatus';
import { useMove } from '../common/useMove';
import { focusControl, focusItem } from './focus';
import { NeedsSection } from './NeedsSection';
import { PriorityCard } from './PriorityCard';
import { PriorityForm } from './PriorityForm';

/** The priority areas, in order; more than the template's four is allowed, with its advice shown. */
export function PrioritySection({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const move = useMove(plan, { kind: 'priority' });
  const [adding, setAdding] = useState(false);
  const titleInputId = useId();
  const newHeadingId = useId();
  const addId = useId();
  const ids = plan.priorities.map((p) => p.id);
  const tooMany = plan.priorities.length > limits.priorityAreasAdvised;

  return (
    <NeedsSection
      id="list-priorities"
      title={t('planNeeds.priorities.title')}
      intro={t('planNeeds.priorities.intro')}
    >
      <div role="status">
        {tooMany && (
          <Notice color="yellow">
            {t('planNeeds.priorities.advised', {
              count: plan.priorities.length,
              max: limits.priorityAreasAdvised,
            })}
          </Notice>
        )}
      </div>
      {plan.priorities.length === 0 && !adding && <Text c="gray.7">{t('planNeeds.priorities.empty')}</Text>}
      {plan.priorities.map((priority, index) => (
        <PriorityCard key={priority.id} plan={plan} priority={priority} ids={ids} index={index} move={move} />
      ))}
      <MoveStatus
        planId={plan.id}
        move={move}
        onReloaded={move.reset}
        hint={t('planNeeds.actions.conflictListHint')}
        conflictColor="yellow"
      />
      {adding && (
        <Paper withBorder p="md" component="section" aria-labelledby={newHeadingId}>
          <Stack gap="md">
            <Title order={3} id={newHeadingId}>
              {t('planNeeds.priorities.newTitle')}
            </Title>
            <PriorityForm
              plan={plan}
              titleInputId={titleInputId}
              onCancel={() => {
                setAdding(false);
                focusControl(addId);
              }}
              onDone={(createdId) => {
                setAdding(false);
                if (createdId) focusItem(createdId);
              }}
            />
          </Stack>
        </Paper>
      )}
      {plan.abilities.edit && !adding && (
        <Group>
          <Button
            id={addId}
            variant="default"
            leftSection={<PlusIcon size={16} />}
            onClick={() => {
              setAdding(true);
              focusControl(titleInputId);
            }}
          >
            {t('planNeeds.priorities.add')}
          </Button>
        </Group>
      )}
    </NeedsSection>
  );
}

import { Group, Paper, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { CommentButton } from '../comments/CommentButton';
import type { Move } from '../common/useMove';
import { ItemActions } from './ItemActions';
import { priorityLabel } from './labels';
import { PriorityForm } from './PriorityForm';
import { PriorityView } from './PriorityView';
import { useEditing } from './useEditing';

type Priority = PlanTree['priorities'][number];
type Props = { plan: PlanTree; priority: Priority; ids: string[]; index: number; move: Move };

/** One priority area, shown as saved or, while being edited, as its form. */
export function PriorityCard({ plan, priority, ids, index, move }: Props) {
  const { t } = useTranslation();
  const edit = useEditing(priority.id);
  const headingId = useId();
  const label = priorityLabel(t, priority);
  return (
    <Paper
      id={`item-${priority.id}`}
      tabIndex={-1}
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} id={headingId} style={{ whiteSpace: 'pre-wrap' }}>
            {`${priority.number}. ${priority.title}`}
          </Title>
          <Group gap={6} wrap="nowrap">
            {plan.abilities.edit && (
              <ItemActions
                plan={plan}
                kind="priority"
                item={priority}
                label={label}
                ids={ids}
                index={index}
                move={move}
                onEdit={edit.start}
                deleteTitle={t('planNeeds.priorities.deleteTitle')}
                deleteBody={t('planNeeds.priorities.deleteBody', { label })}
                listId="list-priorities"
              />
            )}
            <CommentButton planId={plan.id} anchorType="priority" anchorId={priority.id} label={label} />
          </Group>
        </Group>
        {edit.editing ? (
          <PriorityForm
            plan={plan}
            priority={priority}
            titleInputId={edit.inputId}
            onDone={edit.stop}
            onCancel={edit.stop}
          />
        ) : (
          <PriorityView plan={plan} priority={priority} />
        )}
      </Stack>
    </Paper>
  );
}

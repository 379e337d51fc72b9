import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { planItemPath } from '../api';
import { CommentButton } from '../comments/CommentButton';
import { ConfirmDelete } from './ConfirmDelete';
import { focusControl, focusItem } from './focus';
import { priorityLabel } from './labels';
import { MoveButtons } from './MoveButtons';
import { PriorityForm } from './PriorityForm';
import { PriorityView } from './PriorityView';
import type { Move } from './useMove';

type Priority = PlanTree['priorities'][number];
type Props = { plan: PlanTree; priority: Priority; ids: string[]; index: number; move: Move };

/** One priority area, shown as saved or, while being edited, as its form. */
export function PriorityCard({ plan, priority, ids, index, move }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const titleInputId = useId();
  const label = priorityLabel(t, priority);
  const stopEditing = () => {
    setEditing(false);
    focusItem(priority.id);
  };
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
              <>
                <MoveButtons ids={ids} index={index} label={label} move={move} />
                {!editing && (
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('planNeeds.actions.editItem', { label })}
                    onClick={() => {
                      setEditing(true);
                      focusControl(titleInputId);
                    }}
                  >
                    {t('planNeeds.actions.edit')}
                  </Button>
                )}
                <ConfirmDelete
                  planId={plan.id}
                  path={planItemPath(plan.id, 'priority', priority.id)}
                  version={priority.version}
                  label={label}
                  title={t('planNeeds.priorities.deleteTitle')}
                  body={t('planNeeds.priorities.deleteBody', { label })}
                  focusAfter="list-priorities"
                />
              </>
            )}
            <CommentButton planId={plan.id} anchorType="priority" anchorId={priority.id} label={label} />
          </Group>
        </Group>
        {editing ? (
          <PriorityForm
            plan={plan}
            priority={priority}
            titleInputId={titleInputId}
            onDone={stopEditing}
            onCancel={stopEditing}
          />
        ) : (
          <PriorityView plan={plan} priority={priority} />
        )}
      </Stack>
    </Paper>
  );
}

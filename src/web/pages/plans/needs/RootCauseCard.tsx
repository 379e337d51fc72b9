import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { planItemPath } from '../api';
import { CommentButton } from '../comments/CommentButton';
import { ConfirmDelete } from './ConfirmDelete';
import { focusControl, focusItem } from './focus';
import { rootCauseLabel } from './labels';
import { MoveButtons } from './MoveButtons';
import { RootCauseForm } from './RootCauseForm';
import { RootCauseView } from './RootCauseView';
import type { Move } from './useMove';

type RootCause = PlanTree['rootCauses'][number];
type Props = { plan: PlanTree; rootCause: RootCause; ids: string[]; index: number; move: Move };

/** One analysis, shown as saved or, while being edited, as its form. */
export function RootCauseCard({ plan, rootCause, ids, index, move }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const problemInputId = useId();
  const label = rootCauseLabel(t, rootCause);
  const stopEditing = () => {
    setEditing(false);
    focusItem(rootCause.id);
  };
  return (
    <Paper
      id={`item-${rootCause.id}`}
      tabIndex={-1}
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={3} id={headingId}>
            {t('planNeeds.rootCauses.heading', {
              label,
              method: t(`planNeeds.rootCauses.methods.${rootCause.method}`),
            })}
          </Title>
          <Group gap={6}>
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
                      focusControl(problemInputId);
                    }}
                  >
                    {t('planNeeds.actions.edit')}
                  </Button>
                )}
                <ConfirmDelete
                  planId={plan.id}
                  path={planItemPath(plan.id, 'rootCause', rootCause.id)}
                  version={rootCause.version}
                  label={label}
                  title={t('planNeeds.rootCauses.deleteTitle')}
                  body={t('planNeeds.rootCauses.deleteBody', { label })}
                  focusAfter="list-root-causes"
                />
              </>
            )}
            <CommentButton planId={plan.id} anchorType="rootCause" anchorId={rootCause.id} label={label} />
          </Group>
        </Group>
        {editing ? (
          <RootCauseForm
            plan={plan}
            method={rootCause.method}
            rootCause={rootCause}
            problemInputId={problemInputId}
            onDone={stopEditing}
            onCancel={stopEditing}
          />
        ) : (
          <RootCauseView plan={plan} rootCause={rootCause} />
        )}
      </Stack>
    </Paper>
  );
}

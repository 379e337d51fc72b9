import { Group, Paper, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { CommentButton } from '../comments/CommentButton';
import type { Move } from '../common/useMove';
import { ItemActions } from './ItemActions';
import { rootCauseLabel } from './labels';
import { RootCauseForm } from './RootCauseForm';
import { RootCauseView } from './RootCauseView';
import { useEditing } from './useEditing';

type RootCause = PlanTree['rootCauses'][number];
type Props = { plan: PlanTree; rootCause: RootCause; ids: string[]; index: number; move: Move };

/** One analysis, shown as saved or, while being edited, as its form. */
export function RootCauseCard({ plan, rootCause, ids, index, move }: Props) {
  const { t } = useTranslation();
  const edit = useEditing(rootCause.id);
  const headingId = useId();
  const label = rootCauseLabel(t, rootCause);
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
              <ItemActions
                plan={plan}
                kind="rootCause"
                item={rootCause}
                label={label}
                ids={ids}
                index={index}
                move={move}
                onEdit={edit.start}
                deleteTitle={t('planNeeds.rootCauses.deleteTitle')}
                deleteBody={t('planNeeds.rootCauses.deleteBody', { label })}
                listId="list-root-causes"
              />
            )}
            <CommentButton planId={plan.id} anchorType="rootCause" anchorId={rootCause.id} label={label} />
          </Group>
        </Group>
        {edit.editing ? (
          <RootCauseForm
            plan={plan}
            method={rootCause.method}
            rootCause={rootCause}
            problemInputId={edit.inputId}
            onDone={edit.stop}
            onCancel={edit.stop}
          />
        ) : (
          <RootCauseView plan={plan} rootCause={rootCause} />
        )}
      </Stack>
    </Paper>
  );
}

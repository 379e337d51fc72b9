import { Group, Paper, Stack, Text } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { ActionsTable } from './ActionsTable';
import { DeleteDialog } from './DeleteDialog';
import { focusElement } from './focus';
import { formatDate } from './format';
import { optionsId } from './ItemControls';
import { ItemHeader } from './ItemHeader';
import { MilestoneForm } from './MilestoneForm';
import { useSortableItem } from './SortableList';
import type { Milestone } from './types';

type Props = { planId: string; editable: boolean; strategyId: string; milestone: Milestone };

/**
 * One milestone: its due date and team, and the table of actions that complete it. Its props are plain
 * values and the milestone itself, which keeps its identity while unchanged, so a save elsewhere in the plan
 * does not redraw it.
 */
export const MilestoneCard = memo(function MilestoneCard({ planId, editable, strategyId, milestone }: Props) {
  const { t } = useTranslation();
  const sortable = useSortableItem(milestone.id);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const label = t('planTree.milestone.label', { number: milestone.number });
  const headingId = `heading-${milestone.id}`;
  const notSet = (
    <Text span c="gray.7" fs="italic" size="sm">
      {t('planTree.item.notSet')}
    </Text>
  );

  return (
    <Paper
      ref={sortable.ref}
      style={sortable.style}
      component="article"
      id={`item-${milestone.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      withBorder
      p="md"
      bg="gray.0"
      className="plan-tree-item"
      data-dragging={sortable.isDragging || undefined}
    >
      <Stack gap="sm">
        {editing ? (
          <MilestoneForm
            planId={planId}
            strategyId={strategyId}
            milestone={milestone}
            onClose={() => {
              setEditing(false);
              focusElement(optionsId(milestone.id));
            }}
          />
        ) : (
          <>
            <ItemHeader
              planId={planId}
              anchorType="milestone"
              itemId={milestone.id}
              label={label}
              heading={t('planTree.milestone.heading', { number: milestone.number, title: milestone.title })}
              headingId={headingId}
              order={5}
              sortable={sortable}
              editable={editable}
              onEdit={() => setEditing(true)}
              onDelete={() => setDeleting(true)}
            />
            <Group gap="xl" className="plan-tree-meta">
              <Text size="sm">
                <strong>{t('planTree.milestone.due')}:</strong> {formatDate(milestone.dueDate) ?? notSet}
              </Text>
              <Text size="sm">
                <strong>{t('planTree.milestone.team')}:</strong> {milestone.responsibleTeam ?? notSet}
              </Text>
            </Group>
          </>
        )}
        <ActionsTable planId={planId} editable={editable} milestone={milestone} />
      </Stack>

      {editable && (
        <DeleteDialog
          planId={planId}
          kind="milestone"
          item={milestone}
          label={label}
          message={t('planTree.item.deleteMilestone', { label, title: milestone.title })}
          opened={deleting}
          onClose={() => setDeleting(false)}
          parentId={strategyId}
        />
      )}
    </Paper>
  );
});

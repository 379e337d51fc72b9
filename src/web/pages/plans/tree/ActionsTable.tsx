import { Button, Group, Modal, Table, Text, VisuallyHidden } from '@mantine/core';
import { useCallback, useState } from 'react';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { ScrollTable } from '../../assessments/ScrollTable';
import { WriteError } from '../WriteError';
import { ActionForm } from './ActionForm';
import { ActionRow } from './ActionRow';
import { DeleteDialog } from './DeleteDialog';
import { focusElement, focusItem } from './focus';
import { optionsId } from './ItemControls';
import { SortableList } from './SortableList';
import type { Action, Milestone } from './types';
import { useReorder } from './useReorder';

type FormState = { action: Action | null; key: number };

/**
 * The template's action plan for one milestone: # | Actions | Anticipated outputs | Timeline |
 * Resources/Budget | Person responsible | Collaborators. One form dialog and one delete dialog serve every row.
 */
export function ActionsTable({
  planId,
  editable,
  milestone,
}: {
  planId: string;
  editable: boolean;
  milestone: Milestone;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FormState | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deleting, setDeleting] = useState<Action | null>(null);
  const reorder = useReorder({
    planId,
    kind: 'action',
    parentId: milestone.id,
    items: milestone.actions,
    label: (action) => t('planTree.action.label', { number: action.number }),
  });
  const addId = `add-action-${milestone.id}`;
  const columns = t('planTree.action.columns', { returnObjects: true }) as Record<string, string>;

  const open = useCallback((action: Action | null) => {
    setForm({ action, key: Date.now() });
    setFormOpen(true);
  }, []);
  const closeForm = (savedId: string | null) => {
    setFormOpen(false);
    const editedId = form?.action?.id;
    if (savedId && !editedId) focusItem(savedId);
    else focusElement(editedId ? optionsId(editedId) : addId);
  };

  const caption = t('planTree.action.tableCaption', { number: milestone.number });
  return (
    <>
      {reorder.items.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('planTree.action.noActions')}
        </Text>
      ) : (
        <ScrollTable caption={caption} minWidth={1100} className="plan-tree-actions" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{columns.number}</Table.Th>
              <Table.Th scope="col">{columns.description}</Table.Th>
              <Table.Th scope="col">{columns.outputs}</Table.Th>
              <Table.Th scope="col">{columns.timeline}</Table.Th>
              <Table.Th scope="col">{columns.resources}</Table.Th>
              <Table.Th scope="col">{columns.person}</Table.Th>
              <Table.Th scope="col">{columns.collaborators}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{columns.tools}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <SortableList reorder={reorder} editable={editable}>
              {reorder.items.map((action) => (
                <ActionRow
                  key={action.id}
                  planId={planId}
                  action={action}
                  editable={editable}
                  onEdit={open}
                  onDelete={setDeleting}
                />
              ))}
            </SortableList>
          </Table.Tbody>
        </ScrollTable>
      )}
      <WriteError error={reorder.error} planId={planId} hint={null} />
      {editable && (
        <Group>
          <Button
            id={addId}
            variant="subtle"
            size="sm"
            leftSection={<PlusIcon size={16} />}
            onClick={() => open(null)}
            aria-label={t('planTree.action.addLabel', { number: milestone.number })}
          >
            {t('planTree.action.add')}
          </Button>
        </Group>
      )}

      {editable && (
        <Modal
          opened={formOpen}
          onClose={() => closeForm(null)}
          title={
            form?.action
              ? t('planTree.action.editTitle', { number: form.action.number })
              : t('planTree.action.newTitle', { number: milestone.number })
          }
          size="lg"
          closeButtonProps={{ 'aria-label': t('app.close') }}
          returnFocus={false}
        >
          {form && (
            <ActionForm
              key={form.key}
              planId={planId}
              milestoneId={milestone.id}
              action={form.action ?? undefined}
              onClose={closeForm}
            />
          )}
        </Modal>
      )}
      {editable && deleting && (
        <DeleteDialog
          planId={planId}
          kind="action"
          item={deleting}
          label={t('planTree.action.label', { number: deleting.number })}
          message={t('planTree.item.deleteAction', {
            label: t('planTree.action.label', { number: deleting.number }),
            title: deleting.description,
          })}
          opened
          onClose={() => setDeleting(null)}
          parentId={milestone.id}
        />
      )}
    </>
  );
}

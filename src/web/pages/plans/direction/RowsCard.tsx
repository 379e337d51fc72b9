import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { DirectionCard } from './DirectionCard';
import { type RowColumn, RowsEditor } from './RowsEditor';
import { useDirectionWrite } from './useDirectionWrite';
import { useDraft } from './useDraft';

type Row = Record<string, string>;

type Props = {
  plan: PlanTree;
  /** The direction list this card edits. */
  list: 'glossary' | 'leadershipTeam';
  rows: Row[];
  title: string;
  help: string;
  empty: string;
  columns: RowColumn[];
  /** Names one row, e.g. "Term 2", for its group and remove button. */
  rowLabel: (number: number) => string;
  removeLabel: (number: number) => string;
  addLabel: string;
  editLabel: string;
};

/**
 * A list of short records in the direction (glossary terms, team members): a table to read, and for
 * editors a form of rows on request, saved together.
 */
export function RowsCard({ plan, list, rows, title, help, empty, columns, editLabel, ...labels }: Props) {
  const draft = useDraft(rows);
  const write = useDirectionWrite(plan);
  const [editing, setEditing] = useState(false);
  const editId = `${list}-edit`;
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById(editId)?.focus());
  };

  return (
    <DirectionCard
      plan={plan}
      title={title}
      help={help}
      write={write}
      dirty={draft.dirty}
      editing={editing || draft.dirty}
      onEdit={() => {
        write.reset();
        setEditing(true);
        requestAnimationFrame(() =>
          (
            document.getElementById(`${list}-0-${columns[0]?.key}`) ?? document.getElementById(`${list}-add`)
          )?.focus(),
        );
      }}
      editLabel={editLabel}
      editId={editId}
      onSave={() =>
        write.save({ [list]: draft.value }, () => {
          draft.reset();
          close();
        })
      }
      onDiscard={() => {
        draft.reset();
        write.reset();
        close();
      }}
      fields={(path) => path.startsWith(`${list}.`)}
    >
      {plan.abilities.edit && (editing || draft.dirty) ? (
        <RowsEditor
          list={list}
          rows={draft.value}
          onChange={draft.set}
          columns={columns}
          empty={empty}
          error={write.fieldError}
          {...labels}
        />
      ) : rows.length === 0 ? (
        <Text c="gray.7">{empty}</Text>
      ) : (
        <Table withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr bg="gray.1">
              {columns.map((c) => (
                <Table.Th key={c.key} scope="col">
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
              <Table.Tr key={index}>
                {columns.map((c, i) =>
                  i === 0 ? (
                    <Table.Th key={c.key} scope="row" fw={600} style={{ verticalAlign: 'top' }}>
                      {row[c.key]}
                    </Table.Th>
                  ) : (
                    <Table.Td key={c.key} style={{ whiteSpace: 'pre-wrap' }}>
                      {row[c.key]}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </DirectionCard>
  );
}

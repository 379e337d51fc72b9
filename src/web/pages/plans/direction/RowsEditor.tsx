import { Button, Fieldset, Group, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { DangerButton } from '../../admin/common/DangerButton';

export type RowColumn = { key: string; label: string; max: number; multiline?: boolean };
type Row = Record<string, string>;

type Props = {
  list: string;
  rows: Row[];
  onChange: (change: (rows: Row[]) => Row[]) => void;
  columns: RowColumn[];
  empty: string;
  rowLabel: (number: number) => string;
  removeLabel: (number: number) => string;
  addLabel: string;
  /** The message for an API path such as "glossary.0.term". */
  error: (path: string) => string | undefined;
};

/** Rows of short fields with add and remove; each row is a group named for its place. */
export function RowsEditor({
  list,
  rows,
  onChange,
  columns,
  empty,
  rowLabel,
  removeLabel,
  addLabel,
  error,
}: Props) {
  const { t } = useTranslation();
  const fieldId = (index: number, key: string) => `${list}-${index}-${key}`;
  const first = columns[0]?.key ?? '';

  const update = (index: number, key: string, value: string) =>
    onChange((current) => current.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const add = () => {
    onChange((current) => [...current, Object.fromEntries(columns.map((c) => [c.key, '']))]);
    requestAnimationFrame(() => document.getElementById(fieldId(rows.length, first))?.focus());
  };
  const remove = (index: number) => {
    onChange((current) => current.filter((_, i) => i !== index));
    // Focus stays in the list: on the row that moved up into this place, or the add button.
    requestAnimationFrame(() =>
      (document.getElementById(fieldId(index, first)) ?? document.getElementById(`${list}-add`))?.focus(),
    );
  };

  return (
    <>
      {rows.length === 0 && <Text c="gray.7">{empty}</Text>}
      {rows.map((row, index) => (
        // Rows have no identity of their own; their place is what the API's messages refer to.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Fieldset key={index} legend={<VisuallyHidden>{rowLabel(index + 1)}</VisuallyHidden>}>
          <Group align="flex-start" gap="sm" wrap="wrap">
            {columns.map((column) => {
              const props = {
                id: fieldId(index, column.key),
                label: column.label,
                value: row[column.key] ?? '',
                maxLength: column.max,
                error: error(`${list}.${index}.${column.key}`),
                onChange: (e: { currentTarget: { value: string } }) =>
                  update(index, column.key, e.currentTarget.value),
                style: { flex: column.multiline ? '2 1 320px' : '1 1 200px' },
              };
              return column.multiline ? (
                <Textarea key={column.key} autosize minRows={1} maxRows={8} {...props} />
              ) : (
                <TextInput key={column.key} {...props} />
              );
            })}
            <DangerButton mt={26} onClick={() => remove(index)} aria-label={removeLabel(index + 1)}>
              {t('plans.direction.remove')}
            </DangerButton>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button id={`${list}-add`} variant="default" size="xs" onClick={add}>
          {addLabel}
        </Button>
      </Group>
    </>
  );
}

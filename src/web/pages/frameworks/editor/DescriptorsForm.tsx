import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { FrameworkItem } from '../../../../shared/schemas/framework-format';
import { useTranslation } from '../../../i18n';
import { useEditor } from './context';
import { EntryButtons } from './controls';
import { move } from './draft';

/** Descriptor rows per level; a level left without rows is dropped from the item rather than stored empty. */
export function DescriptorsForm({
  item,
  prefix,
  set,
}: {
  item: FrameworkItem;
  prefix: string;
  set: (change: (i: FrameworkItem) => void) => void;
}) {
  const { t } = useTranslation();
  const editor = useEditor();
  const setRows = (levelKey: string, change: (rows: FrameworkItem['descriptors'][string]) => void) =>
    set((i) => {
      const rows = [...(i.descriptors[levelKey] ?? [])];
      change(rows);
      if (rows.length) i.descriptors[levelKey] = rows;
      else delete i.descriptors[levelKey];
    });

  return (
    <Stack gap="sm">
      <Title order={3}>{t('frameworks.editor.descriptors')}</Title>
      <Text size="sm" c="gray.7">
        {t('frameworks.editor.descriptorsIntro')}
      </Text>
      {editor.framework.levels.map((level) => {
        const rows = item.descriptors[level.key] ?? [];
        const levelError = editor.errorAt(`${prefix}descriptors.${level.key}`);
        return (
          <Paper
            withBorder
            p="md"
            key={level.key}
            component="fieldset"
            m={0}
            style={levelError ? { borderColor: 'var(--mantine-color-red-9)' } : undefined}
          >
            <Text component="legend" fw={650} px={4}>
              {level.name}
            </Text>
            <Stack gap="sm">
              {levelError && (
                <Alert color="red" variant="light" p="xs">
                  {levelError}
                </Alert>
              )}
              {rows.length === 0 && (
                <Text size="sm" c="gray.7">
                  {level.descriptor
                    ? t('frameworks.editor.usesScale', { descriptor: level.descriptor })
                    : t('frameworks.editor.noRows')}
                </Text>
              )}
              {rows.map((row, index) => {
                const number = index + 1;
                const rowPath = `${prefix}descriptors.${level.key}.${index}`;
                const illegible = row.text === null;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are identified by their place
                  <Stack key={index} gap={6}>
                    <Group align="flex-start" gap="xs" wrap="nowrap">
                      {illegible ? (
                        <TextInput
                          label={t('frameworks.editor.rowNote', { number, level: level.name })}
                          value={row.note}
                          onChange={(event) => {
                            const note = event.currentTarget.value;
                            setRows(level.key, (r) => {
                              r[index] = { text: null, note };
                            });
                          }}
                          error={editor.errorAt(`${rowPath}.note`) ?? editor.errorAt(rowPath)}
                          style={{ flex: 1 }}
                        />
                      ) : (
                        <Textarea
                          label={t('frameworks.editor.row', { number, level: level.name })}
                          value={row.text}
                          onChange={(event) => {
                            const text = event.currentTarget.value;
                            setRows(level.key, (r) => {
                              r[index] = { text };
                            });
                          }}
                          error={editor.errorAt(`${rowPath}.text`) ?? editor.errorAt(rowPath)}
                          autosize
                          minRows={2}
                          style={{ flex: 1 }}
                        />
                      )}
                      <div style={{ paddingTop: 26 }}>
                        <EntryButtons
                          name={t('frameworks.editor.row', { number, level: level.name })}
                          index={index}
                          count={rows.length}
                          onMove={(by) => setRows(level.key, (r) => void move(r, index, by))}
                          onRemove={() => setRows(level.key, (r) => void r.splice(index, 1))}
                        />
                      </div>
                    </Group>
                    <Checkbox
                      size="xs"
                      label={t('frameworks.editor.rowIllegible')}
                      aria-label={t('frameworks.editor.rowIllegibleOf', { number, level: level.name })}
                      checked={illegible}
                      onChange={(event) => {
                        const checked = event.currentTarget.checked;
                        setRows(level.key, (r) => {
                          r[index] = checked
                            ? { text: null, note: t('frameworks.editor.illegibleNote') }
                            : { text: '' };
                        });
                      }}
                    />
                  </Stack>
                );
              })}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => setRows(level.key, (r) => void r.push({ text: '' }))}
                >
                  {t('frameworks.editor.addRow', { level: level.name })}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { optional, useEditor } from './context';
import { EntryButtons } from './controls';
import { edit, move, newLevel, removeLevel, renameLevelKey, uniqueKey } from './draft';

/** A level's key changes every item's descriptors, so it is applied when the field is left, not per keystroke. */
function KeyInput({ value, error }: { value: string; error?: string }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const [text, setText] = useState(value);
  const [taken, setTaken] = useState(false);
  const commit = () => {
    if (text === value) return;
    // Two levels with one key would merge their descriptors, so the rename waits for a free key.
    const clash = editor.framework.levels.some((l) => l.key === text);
    setTaken(clash);
    if (!clash) editor.change(renameLevelKey(editor.framework, value, text));
  };
  return (
    <TextInput
      label={t('frameworks.editor.fields.key')}
      description={t('frameworks.editor.fields.keyHelp')}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      error={taken ? t('frameworks.editor.keyTaken') : error}
      spellCheck={false}
    />
  );
}

export function LevelsForm() {
  const { t } = useTranslation();
  const editor = useEditor();
  const { framework } = editor;
  const levelsError = editor.errorAt('levels');
  return (
    <Stack gap="md">
      <Title order={2}>{t('frameworks.editor.levels')}</Title>
      <Text size="sm" c="gray.7">
        {t('frameworks.editor.levelsIntro')}
      </Text>
      {levelsError && (
        <Alert color="red" variant="light">
          {levelsError}
        </Alert>
      )}
      {framework.levels.length === 0 && <Text c="gray.7">{t('frameworks.editor.noLevels')}</Text>}
      {framework.levels.map((level, index) => {
        const name = level.name || level.key;
        const at = (field: string) => editor.errorAt(`levels.${index}.${field}`);
        const set = (change: (l: typeof level) => void) =>
          editor.update((draft) => change(draft.levels[index]));
        return (
          <Paper
            withBorder
            p="md"
            key={level.key}
            component="section"
            aria-label={t('frameworks.editor.level', { name })}
          >
            <Group justify="space-between" mb="sm" wrap="nowrap" align="flex-start">
              <Title order={3}>{t('frameworks.editor.level', { name })}</Title>
              <EntryButtons
                name={name}
                index={index}
                count={framework.levels.length}
                onMove={(by) => editor.update((draft) => void move(draft.levels, index, by))}
                onRemove={() => editor.change(removeLevel(framework, index))}
              />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('frameworks.editor.fields.name')}
                value={level.name}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  set((l) => {
                    l.name = value;
                  });
                }}
                error={at('name')}
                required
              />
              <KeyInput value={level.key} error={at('key')} />
              <NumberInput
                label={t('frameworks.editor.fields.value')}
                description={t('frameworks.editor.fields.valueHelp')}
                value={level.value ?? ''}
                onChange={(value) =>
                  set((l) => {
                    l.value = typeof value === 'number' ? value : undefined;
                  })
                }
                error={at('value')}
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label={t('frameworks.editor.fields.levelDescription')}
              value={level.description ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                set((l) => {
                  l.description = optional(value);
                });
              }}
              error={at('description')}
              autosize
              minRows={1}
            />
            <Textarea
              mt="sm"
              label={t('frameworks.editor.fields.descriptor')}
              description={t('frameworks.editor.fields.descriptorHelp')}
              value={level.descriptor ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                set((l) => {
                  l.descriptor = optional(value);
                });
              }}
              error={at('descriptor')}
              autosize
              minRows={1}
            />
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="default"
          onClick={() =>
            editor.change(
              edit(framework, (draft) => {
                draft.levels.push(newLevel(uniqueKey(framework, 'level'), t('frameworks.editor.newLevel')));
              }),
            )
          }
        >
          {t('frameworks.editor.addLevel')}
        </Button>
      </Group>
    </Stack>
  );
}

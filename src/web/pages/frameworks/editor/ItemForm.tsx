import { Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { FrameworkItem } from '../../../../shared/schemas/framework-format';
import { useTranslation } from '../../../i18n';
import { itemLabel } from '../reader/ItemBlock';
import { sectionLabel } from '../reader/SectionView';
import { optional, useEditor } from './context';
import { ConfirmRemove, EntryButtons, StringList } from './controls';
import { DescriptorsForm } from './DescriptorsForm';
import { move, sectionAt } from './draft';

export function ItemForm({ path, index }: { path: number[]; index: number }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const { framework } = editor;
  const section = sectionAt(framework, path);
  const item = section.items[index];
  const prefix = `${path.map((i) => `sections.${i}.`).join('')}items.${index}.`;
  const name = itemLabel(item) || t('frameworks.editor.untitled');
  const [removing, setRemoving] = useState(false);
  const set = (change: (i: FrameworkItem) => void) =>
    editor.update((draft) => change(sectionAt(draft, path).items[index]));
  const text = (field: 'key' | 'code' | 'title' | 'text' | 'evidencePrompt') => ({
    label: t(`frameworks.editor.fields.${field}`),
    value: item[field] ?? '',
    error: editor.errorAt(`${prefix}${field}`),
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      set((i) => {
        if (field === 'key' || field === 'title') i[field] = value;
        else i[field] = optional(value);
      });
    },
  });
  const list = (field: 'questions' | 'lookFors') => ({
    values: item[field],
    onChange: (values: string[]) =>
      set((i) => {
        i[field] = values;
      }),
    errorAt: (n: number) => editor.errorAt(`${prefix}${field}.${n}`),
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2}>{t('frameworks.editor.item', { name })}</Title>
          <Text size="sm" c="gray.7">
            {t('frameworks.editor.sectionIn', { name: sectionLabel(section) })}
          </Text>
        </div>
        <EntryButtons
          name={name}
          index={index}
          count={section.items.length}
          onMove={(by) => {
            editor.update((draft) => void move(sectionAt(draft, path).items, index, by));
            editor.select({ kind: 'item', path, index: index + by });
          }}
          onRemove={() => setRemoving(true)}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...text('key')} description={t('frameworks.editor.fields.keyHelp')} spellCheck={false} />
        <TextInput {...text('code')} description={t('frameworks.editor.fields.codeHelp')} />
      </SimpleGrid>
      <Textarea {...text('title')} required autosize minRows={1} />
      <Textarea {...text('text')} description={t('frameworks.editor.fields.textHelp')} autosize minRows={2} />
      <Checkbox
        label={t('frameworks.editor.fields.rated')}
        checked={item.rated}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          set((i) => {
            i.rated = checked;
          });
        }}
      />
      <TextInput {...text('evidencePrompt')} />
      <StringList
        legend={t('frameworks.editor.questions')}
        entryLabel={(number) => t('frameworks.editor.question', { number })}
        addLabel={t('frameworks.editor.addQuestion')}
        {...list('questions')}
      />
      <StringList
        legend={t('frameworks.editor.lookFors')}
        entryLabel={(number) => t('frameworks.editor.lookFor', { number })}
        addLabel={t('frameworks.editor.addLookFor')}
        {...list('lookFors')}
      />
      {framework.levels.length > 0 && <DescriptorsForm item={item} prefix={prefix} set={set} />}
      <ConfirmRemove
        name={name}
        body={t('frameworks.editor.removeItemBody')}
        opened={removing}
        onClose={() => setRemoving(false)}
        onConfirm={() => {
          setRemoving(false);
          editor.update((draft) => void sectionAt(draft, path).items.splice(index, 1));
          editor.select({ kind: 'section', path });
        }}
      />
    </Stack>
  );
}

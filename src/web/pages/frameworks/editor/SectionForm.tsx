import {
  Box,
  Button,
  Group,
  NavLink,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { FrameworkSection } from '../../../../shared/schemas/framework-format';
import { useTranslation } from '../../../i18n';
import { itemLabel } from '../reader/ItemBlock';
import { sectionLabel } from '../reader/SectionView';
import { optional, useEditor } from './context';
import { ConfirmRemove, EntryButtons, StringList } from './controls';
import { countBelow, move, newItem, newSection, sectionAt, siblings, uniqueKey } from './draft';

export function SectionForm({ path }: { path: number[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const { framework } = editor;
  const section = sectionAt(framework, path);
  const index = path[path.length - 1];
  const count = siblings(framework, path).length;
  const prefix = path.map((i) => `sections.${i}.`).join('');
  const name = sectionLabel(section) || t('frameworks.editor.untitled');
  const [removing, setRemoving] = useState(false);
  const set = (change: (s: FrameworkSection) => void) =>
    editor.update((draft) => change(sectionAt(draft, path)));
  const text = (field: 'key' | 'code' | 'kind' | 'title') => ({
    label: t(`frameworks.editor.fields.${field}`),
    value: section[field] ?? '',
    error: editor.errorAt(`${prefix}${field}`),
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      set((s) => {
        if (field === 'key' || field === 'title') s[field] = value;
        else s[field] = optional(value);
      });
    },
  });

  const addSubsection = () => {
    const key = uniqueKey(framework, `${section.key}-section`);
    set((s) => s.sections.push(newSection(key, t('frameworks.editor.newSection'))));
    editor.select({ kind: 'section', path: [...path, section.sections.length] });
  };
  const addItem = () => {
    const key = uniqueKey(framework, `${section.key}-item`);
    set((s) => s.items.push(newItem(key, t('frameworks.editor.newItem'))));
    editor.select({ kind: 'item', path, index: section.items.length });
  };
  const remove = () => {
    editor.update((draft) => void siblings(draft, path).splice(index, 1));
    setRemoving(false);
    editor.select(path.length > 1 ? { kind: 'section', path: path.slice(0, -1) } : { kind: 'details' });
  };
  const below = countBelow(section);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2}>{t('frameworks.editor.section', { name })}</Title>
        <EntryButtons
          name={name}
          index={index}
          count={count}
          onMove={(by) => {
            editor.update((draft) => void move(siblings(draft, path), index, by));
            editor.select({ kind: 'section', path: [...path.slice(0, -1), index + by] });
          }}
          onRemove={() => setRemoving(true)}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput {...text('key')} description={t('frameworks.editor.fields.keyHelp')} spellCheck={false} />
        <TextInput {...text('code')} description={t('frameworks.editor.fields.codeHelp')} />
        <TextInput
          {...text('kind')}
          label={t('frameworks.editor.fields.kind')}
          description={t('frameworks.editor.fields.kindHelp')}
        />
      </SimpleGrid>
      <TextInput {...text('title')} required />
      <Textarea
        label={t('frameworks.editor.fields.description')}
        value={section.description ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          set((s) => {
            s.description = optional(value);
          });
        }}
        error={editor.errorAt(`${prefix}description`)}
        autosize
        minRows={2}
      />
      <StringList
        legend={t('frameworks.editor.reflectionPrompts')}
        help={t('frameworks.editor.reflectionHelp')}
        entryLabel={(number) => t('frameworks.editor.prompt', { number })}
        addLabel={t('frameworks.editor.addPrompt')}
        values={section.reflectionPrompts}
        onChange={(values) =>
          set((s) => {
            s.reflectionPrompts = values;
          })
        }
        errorAt={(i) => editor.errorAt(`${prefix}reflectionPrompts.${i}`)}
      />
      <Children
        title={t('frameworks.editor.items')}
        empty={t('frameworks.editor.noItems')}
        entries={section.items.map((item, i) => ({
          label: itemLabel(item),
          select: () => editor.select({ kind: 'item', path, index: i }),
        }))}
        addLabel={t('frameworks.editor.addItem')}
        onAdd={addItem}
      />
      <Children
        title={t('frameworks.editor.subsections')}
        empty={t('frameworks.editor.noSubsections')}
        entries={section.sections.map((child, i) => ({
          label: sectionLabel(child),
          select: () => editor.select({ kind: 'section', path: [...path, i] }),
        }))}
        addLabel={t('frameworks.editor.addSubsection')}
        onAdd={addSubsection}
      />
      <ConfirmRemove
        name={name}
        body={t('frameworks.editor.removeSectionBody', below)}
        opened={removing}
        onClose={() => setRemoving(false)}
        onConfirm={remove}
      />
    </Stack>
  );
}

function Children({
  title,
  empty,
  entries,
  addLabel,
  onAdd,
}: {
  title: string;
  empty: string;
  entries: { label: string; select: () => void }[];
  addLabel: string;
  onAdd: () => void;
}) {
  return (
    <Box>
      <Title order={3} mb="xs">
        {title}
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="gray.7">
          {empty}
        </Text>
      ) : (
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {entries.map((entry, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries are listed in their place in the draft
            <li key={i}>
              <NavLink component="button" type="button" label={entry.label} onClick={entry.select} py={4} />
            </li>
          ))}
        </Box>
      )}
      <Group mt="xs">
        <Button variant="default" size="xs" onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
    </Box>
  );
}

import { Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { Facts } from '../../../components/PageHeader';
import { useTranslation } from '../../../i18n';
import { optional, useEditor } from './context';

/** The framework's own names; its key, version and source stay as they were imported or cloned. */
export function DetailsForm() {
  const { t } = useTranslation();
  const editor = useEditor();
  const { framework } = editor;
  const field = (name: 'title' | 'shortTitle' | 'description' | 'ratedBy') => ({
    label: t(`frameworks.editor.fields.${name}`),
    value: framework[name] ?? '',
    error: editor.errorAt(name),
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      editor.update((draft) => {
        if (name === 'title') draft.title = value;
        else draft[name] = optional(value);
      });
    },
  });
  return (
    <Stack gap="md">
      <Title order={2}>{t('frameworks.editor.details')}</Title>
      <TextInput {...field('title')} required />
      <TextInput {...field('shortTitle')} />
      <Textarea {...field('description')} autosize minRows={3} />
      <TextInput {...field('ratedBy')} />
      <Paper withBorder p="md" bg="gray.0">
        <Facts
          items={[
            { label: t('frameworks.editor.fields.frameworkKey'), value: framework.key },
            { label: t('frameworks.editor.fields.version'), value: String(framework.version) },
            { label: t('frameworks.reader.document'), value: framework.source.document },
            { label: t('frameworks.reader.license'), value: framework.source.license },
            { label: t('frameworks.reader.attribution'), value: framework.source.attribution },
          ]}
        />
        <Text size="sm" c="gray.7" mt="sm">
          {t('frameworks.editor.sourceNote')}
        </Text>
      </Paper>
    </Stack>
  );
}

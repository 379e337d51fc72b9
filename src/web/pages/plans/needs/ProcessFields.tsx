import { SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { limits } from '../../../../shared/limits';
import { useTranslation } from '../../../i18n';

export type ProcessValue = { process: string; stakeholderInput: string };

type Props = {
  value: ProcessValue;
  onChange: (value: ProcessValue) => void;
  fieldError: (path: string) => string | undefined;
};

/** The template's two questions on how the needs assessment was done. */
export function ProcessFields({ value, onChange, fieldError }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {(['process', 'stakeholderInput'] as const).map((name) => (
        <Textarea
          key={name}
          label={t(`planNeeds.process.${name}`)}
          autosize
          minRows={4}
          maxRows={14}
          maxLength={limits.longTextMax}
          value={value[name]}
          onChange={(event) => onChange({ ...value, [name]: event.currentTarget.value })}
          error={fieldError(name)}
        />
      ))}
    </SimpleGrid>
  );
}

/** The same answers, read-only. */
export function ProcessSummary({
  process,
  stakeholderInput,
}: {
  process: string | null;
  stakeholderInput: string | null;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {(
        [
          ['process', process],
          ['stakeholderInput', stakeholderInput],
        ] as const
      ).map(([name, text]) => (
        <Stack key={name} gap={4}>
          <Text fw={600}>{t(`planNeeds.process.${name}`)}</Text>
          <Text c={text ? undefined : 'gray.7'} style={{ whiteSpace: 'pre-wrap' }}>
            {text ?? t('planNeeds.process.notAnswered')}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

import { Badge, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import type { FrameworkSummary } from '../../../shared/schemas/framework';
import { useTranslation } from '../../i18n';

/** Published rubrics the organization may use, required ones first. */
export function usableFrameworks(list: FrameworkSummary[]) {
  return list
    .filter((f) => f.status === 'published' && f.kind === 'rubric' && f.latest)
    .sort((a, b) => Number(b.availability === 'required') - Number(a.availability === 'required'));
}

type Props = {
  frameworks: FrameworkSummary[];
  value: string | null;
  onChange: (id: string) => void;
  error?: string;
};

/** Each framework with its version, size and scale, so the choice can be made without opening it. */
export function FrameworkChoice({ frameworks, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Radio.Group
        label={t('assessments.fields.framework')}
        description={t('assessments.new.frameworkHelp')}
        value={value}
        onChange={onChange}
        error={error}
        required
      >
        {frameworks.length === 0 && <Text c="gray.7">{t('assessments.new.noFrameworks')}</Text>}
        <Stack gap="sm" mt="sm">
          {frameworks.map((f) => (
            <Radio
              key={f.id}
              value={f.id}
              label={
                <Group component="span" gap="xs">
                  <Text component="span" fw={600} size="sm">
                    {f.title}
                  </Text>
                  {f.availability === 'required' && (
                    <Badge color="red" tt="none">
                      {t('assessments.new.required')}
                    </Badge>
                  )}
                </Group>
              }
              description={t('assessments.new.frameworkFacts', {
                version: f.version,
                count: f.itemCount,
                levels: f.levelNames.join(' · '),
              })}
            />
          ))}
        </Stack>
      </Radio.Group>
    </Paper>
  );
}

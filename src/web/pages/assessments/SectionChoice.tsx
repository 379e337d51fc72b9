import { Checkbox, Paper, Radio, Stack } from '@mantine/core';
import { ratedItemsOf } from '../../../shared/assessments/sections';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useFramework } from './api';

type Props = {
  frameworkId: string;
  whole: boolean;
  onWholeChange: (whole: boolean) => void;
  value: string[];
  onChange: (keys: string[]) => void;
  error?: string;
};

/** The whole framework, or some of its top-level sections (each brings everything inside it). */
export function SectionChoice({ frameworkId, whole, onWholeChange, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const framework = useFramework(frameworkId);
  if (framework.isPending) return <Loading />;
  if (framework.error) return <ErrorState error={framework.error} onRetry={() => framework.refetch()} />;
  const sections = framework.data.definition.sections;
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Radio.Group
          label={t('assessments.new.scope')}
          value={whole ? 'whole' : 'chosen'}
          onChange={(v) => onWholeChange(v === 'whole')}
        >
          <Stack gap="sm" mt="sm">
            <Radio
              value="whole"
              label={t('assessments.new.whole')}
              description={t('assessments.new.itemCount', { count: framework.data.itemCount })}
            />
            <Radio value="chosen" label={t('assessments.new.chosen')} />
          </Stack>
        </Radio.Group>
        {!whole && (
          <Checkbox.Group
            label={t('assessments.new.sections')}
            value={value}
            onChange={onChange}
            error={error}
            pl="lg"
          >
            <Stack gap="sm" mt="sm">
              {sections.map((section) => (
                <Checkbox
                  key={section.key}
                  value={section.key}
                  label={section.code ? `${section.code}. ${section.title}` : section.title}
                  description={[
                    t('assessments.new.itemCount', { count: ratedItemsOf([section]).length }),
                    section.sections.map((s) => (s.code ? `${s.code} ${s.title}` : s.title)).join(' · '),
                  ]
                    .filter(Boolean)
                    .join(' — ')}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
      </Stack>
    </Paper>
  );
}

import { MultiSelect } from '@mantine/core';
import { memo, useMemo } from 'react';
import { limits } from '../../../../shared/limits';
import { useTranslation } from '../../../i18n';
import { useFourDomains } from './fourDomains';

type Props = {
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
};

// Until the taxonomy loads (or when it cannot), the codes alone still let a strategy be coded.
const bareCodes = ['1', '2', '3', '4'].flatMap((d) => ['a', 'b', 'c'].map((p) => `${d}${p}`));

/** Four Domains practices, grouped by domain, shown as "3c — Remove barriers and provide opportunities". */
export const PracticeCodePicker = memo(function PracticeCodePicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const taxonomy = useFourDomains();
  const data = useMemo(() => {
    if (taxonomy.domains.length === 0) return bareCodes.map((code) => ({ value: code, label: code }));
    return taxonomy.domains.map((domain) => ({
      group: t('planTree.strategy.domainGroup', { code: domain.code, title: domain.title }),
      items: domain.practices.map((practice) => ({
        value: practice.code,
        label: t('planTree.strategy.practiceOption', { code: practice.code, title: practice.title }),
      })),
    }));
  }, [taxonomy.domains, t]);
  const loadError = taxonomy.error
    ? t('planTree.strategy.fields.practiceCodesLoadError', { message: taxonomy.error.message })
    : undefined;
  return (
    <MultiSelect
      label={t('planTree.strategy.fields.practiceCodes')}
      description={loadError ?? t('planTree.strategy.fields.practiceCodesHelp')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      maxValues={limits.practiceCodesMax}
      hidePickedOptions
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
});

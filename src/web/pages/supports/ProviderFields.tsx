import { Group, Radio, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { limits } from '../../../shared/limits';
import { useTranslation } from '../../i18n';

export type ProviderValues = {
  provider: 'ourselves' | 'vendor';
  vendor: string;
  description: string;
  startDate: string;
  endDate: string;
};

export const emptyProvider: ProviderValues = {
  provider: 'ourselves',
  vendor: '',
  description: '',
  startDate: '',
  endDate: '',
};

/** The provider part of a support write: the vendor only when one delivers it, blank dates left out. */
export function providerInput(values: ProviderValues) {
  return {
    providerVendor: values.provider === 'vendor' ? values.vendor : null,
    description: values.description || null,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
  };
}

/** Which provider fields a form must not send empty: the vendor's name when a vendor delivers it. */
export function missingProvider(values: ProviderValues, descriptionRequired: boolean) {
  const empty: ('vendor' | 'description')[] = [];
  if (values.provider === 'vendor' && !values.vendor.trim()) empty.push('vendor');
  if (descriptionRequired && !values.description.trim()) empty.push('description');
  return empty;
}

/**
 * Who provides a support (the organization giving it, or a vendor by name), what is provided and when: the
 * same fields whether the level above answers a request or records a support it gave unasked.
 */
export function ProviderFields({
  values,
  onChange,
  ourselves,
  fieldId,
  errors,
  descriptionRequired,
}: {
  values: ProviderValues;
  onChange: (field: keyof ProviderValues, value: string) => void;
  /** The organization that provides it when no vendor does. */
  ourselves: string;
  fieldId: (field: 'vendor' | 'description') => string;
  errors: Partial<Record<'vendor' | 'description' | 'startDate' | 'endDate', string>>;
  descriptionRequired: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Radio.Group
        label={t('supports.respond.provider')}
        value={values.provider}
        onChange={(value) => onChange('provider', value)}
      >
        <Group gap="lg" mt="xs">
          <Radio value="ourselves" label={t('supports.respond.ourselves', { organization: ourselves })} />
          <Radio value="vendor" label={t('supports.respond.vendor')} />
        </Group>
      </Radio.Group>
      {values.provider === 'vendor' && (
        <TextInput
          id={fieldId('vendor')}
          label={t('supports.respond.vendorName')}
          value={values.vendor}
          onChange={(e) => onChange('vendor', e.currentTarget.value)}
          error={errors.vendor}
          required
          maxLength={limits.shortTextMax}
        />
      )}
      <Textarea
        id={fieldId('description')}
        label={t('supports.respond.description')}
        description={t('supports.respond.descriptionHelp')}
        value={values.description}
        onChange={(e) => onChange('description', e.currentTarget.value)}
        error={errors.description}
        required={descriptionRequired}
        autosize
        minRows={2}
        maxLength={limits.longTextMax}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('supports.respond.startDate')}
          value={values.startDate}
          onChange={(e) => onChange('startDate', e.currentTarget.value)}
          error={errors.startDate}
        />
        <TextInput
          type="date"
          label={t('supports.respond.endDate')}
          value={values.endDate}
          onChange={(e) => onChange('endDate', e.currentTarget.value)}
          error={errors.endDate}
        />
      </SimpleGrid>
    </>
  );
}

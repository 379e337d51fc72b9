import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { limits } from '../../shared/limits';
import { essaStatuses, titleIStatuses } from '../../shared/roles';
import { useTranslation } from '../i18n';

export const profileFieldNames = [
  'name',
  'code',
  'cityCounty',
  'zipCode',
  'phone',
  'leaderName',
  'contactName',
  'contactEmail',
  'districtLiaison',
  'essaStatus',
  'titleIStatus',
  'federalDesignation',
] as const;
export type ProfileField = (typeof profileFieldNames)[number];
export type ProfileValues = Record<ProfileField, string>;

export const emptyProfile: ProfileValues = {
  name: '',
  code: '',
  cityCounty: '',
  zipCode: '',
  phone: '',
  leaderName: '',
  contactName: '',
  contactEmail: '',
  districtLiaison: '',
  essaStatus: 'none',
  titleIStatus: 'none',
  federalDesignation: '',
};

const inputProps: Partial<Record<ProfileField, Record<string, unknown>>> = {
  name: { required: true, maxLength: limits.nameMax, autoComplete: 'organization' },
  code: { maxLength: 50 },
  zipCode: { maxLength: limits.zipMax, inputMode: 'numeric', autoComplete: 'postal-code' },
  phone: { maxLength: limits.phoneMax, type: 'tel', autoComplete: 'tel' },
  contactEmail: { type: 'email', maxLength: limits.emailMax, autoComplete: 'email' },
};

/**
 * Inputs for an organization's profile fields, in a two-column grid. `prefix` names where the API reports
 * their errors ("organization." during setup).
 */
type ProfileForm = {
  bind: (
    name: ProfileField,
    path?: string,
  ) => { value: string; onChange: (event: ChangeEvent<HTMLInputElement>) => void; error?: string };
  set: (name: ProfileField, value: string) => void;
};

export function OrganizationFields({
  form,
  fields,
  prefix = '',
}: {
  form: ProfileForm;
  fields: readonly ProfileField[];
  prefix?: string;
}) {
  const { t } = useTranslation();
  const hints: Partial<Record<ProfileField, string>> = {
    code: t('app.fields.codeHint'),
    leaderName: t('app.fields.leaderHint'),
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      {fields.map((field) => {
        const bound = form.bind(field, `${prefix}${field}`);
        if (field === 'essaStatus' || field === 'titleIStatus') {
          const values = field === 'essaStatus' ? essaStatuses : titleIStatuses;
          const labels = field === 'essaStatus' ? 'app.essaLong' : 'app.titleI';
          return (
            <NativeSelect
              key={field}
              label={t(`app.fields.${field}`)}
              data={values.map((value) => ({ value, label: t(`${labels}.${value}`) }))}
              value={bound.value}
              onChange={(event) => form.set(field, event.currentTarget.value)}
              error={bound.error}
            />
          );
        }
        return (
          <TextInput
            key={field}
            label={t(`app.fields.${field}`)}
            description={hints[field]}
            // Hints below the input keep the inputs of both columns in line.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...inputProps[field]}
            {...bound}
          />
        );
      })}
    </SimpleGrid>
  );
}

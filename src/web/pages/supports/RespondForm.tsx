import { Group, Radio, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { limits } from '../../../shared/limits';
import type { Support, SupportAnswer } from '../../../shared/schemas/supports';
import { supportAnswers } from '../../../shared/schemas/supports';
import { apiFieldErrors, formMessage } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { PendingButton } from '../plans/SubmitButton';
import { useRespondSupport } from './api';
import { missingProvider, ProviderFields, type ProviderValues, providerInput } from './ProviderFields';

type Values = ProviderValues & { status: SupportAnswer | ''; response: string };
type Field = 'status' | 'response' | 'vendor' | 'description';
const apiFields = [
  'status',
  'response',
  'providerVendor',
  'providerOrganizationId',
  'description',
  'startDate',
  'endDate',
];

/**
 * The answer of the organization asked: accept (with the provider and dates planned, when known), decline,
 * or provided. The provider is the organization asked unless a vendor delivers it.
 */
export function RespondForm({ support, onDone }: { support: Support; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const respond = useRespondSupport(support.id);
  const respondent = support.respondent?.name ?? '';
  const [values, setValues] = useState<Values>(() => ({
    status: (supportAnswers as readonly string[]).includes(support.status)
      ? (support.status as SupportAnswer)
      : '',
    response: support.response ?? '',
    provider: support.providerVendor ? 'vendor' : 'ourselves',
    vendor: support.providerVendor ?? '',
    description: support.description ?? '',
    startDate: support.startDate ?? '',
    endDate: support.endDate ?? '',
  }));
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const server = apiFieldErrors(respond.error);
  const fieldId = (field: string) => `${id}-${field}`;
  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (missing[field as Field]) setMissing(({ [field as Field]: _, ...rest }) => rest);
  };
  const errorOf = (field: Field, path: string = field) =>
    missing[field] ? t(`supports.respond.${field}Required`) : server[path];
  const options = support.status === 'provided' ? (['provided'] as const) : supportAnswers;
  const delivering = values.status === 'accepted' || values.status === 'provided';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty: Field[] = [];
    if (!values.status) empty.push('status');
    if (!values.response.trim()) empty.push('response');
    if (delivering) empty.push(...missingProvider(values, values.status === 'provided'));
    setMissing(Object.fromEntries(empty.map((field) => [field, true])));
    if (empty.length > 0 || !values.status) {
      document.getElementById(fieldId(empty[0]))?.focus();
      return;
    }
    const status = values.status;
    respond.mutate(
      {
        status,
        response: values.response,
        version: support.version,
        ...(delivering ? providerInput(values) : {}),
      },
      { onSuccess: () => onDone(t('supports.respond.sent', { organization: support.organization.name })) },
    );
  };

  const general = formMessage(respond.error, apiFields);
  return (
    <form onSubmit={submit} noValidate aria-label={t('supports.respond.legend')}>
      <Stack gap="sm">
        <Radio.Group
          label={t('supports.respond.status')}
          value={values.status}
          onChange={(value) => set('status', value as SupportAnswer)}
          error={errorOf('status')}
          required
        >
          <Group gap="lg" mt="xs">
            {options.map((option, index) => (
              <Radio
                key={option}
                id={index === 0 ? fieldId('status') : undefined}
                value={option}
                label={t(`supports.respond.${option}`)}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          id={fieldId('response')}
          label={t('supports.respond.response', { organization: support.organization.name })}
          description={t('supports.respond.responseHelp')}
          value={values.response}
          onChange={(e) => set('response', e.currentTarget.value)}
          error={errorOf('response')}
          required
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
        />
        {delivering && (
          <ProviderFields
            values={values}
            onChange={set}
            ourselves={respondent}
            fieldId={fieldId}
            errors={{
              vendor: errorOf('vendor', 'providerVendor'),
              description: errorOf('description'),
              startDate: server.startDate,
              endDate: server.endDate,
            }}
            descriptionRequired={values.status === 'provided'}
          />
        )}
        {general && (
          <Notice color="red" role="alert">
            {general}
          </Notice>
        )}
        <div>
          <PendingButton type="submit" pending={respond.isPending}>
            {t('supports.respond.submit')}
          </PendingButton>
        </div>
      </Stack>
    </form>
  );
}

import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../shared/limits';
import type { PlanTree } from '../../../shared/schemas/plan';
import { apiFieldErrors, formMessage } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { useProvideSupport } from './api';
import { FormEnd } from './FormEnd';
import { PlanItemSelect } from './PlanItemSelect';
import {
  emptyProvider,
  missingProvider,
  ProviderFields,
  type ProviderValues,
  providerInput,
} from './ProviderFields';
import { linkIds, planItemChoices } from './planItems';
import { SupportPracticeSelect } from './SupportPracticeSelect';

type Values = ProviderValues & { need: string; item: string; practice: string };
const empty: Values = { ...emptyProvider, need: '', item: '', practice: '' };
const apiFields = [
  'need',
  'strategyId',
  'milestoneId',
  'practiceCode',
  'providerVendor',
  'providerOrganizationId',
  'description',
  'startDate',
  'endDate',
];
const fieldId = (field: string) => `support-provide-${field}`;

/**
 * For staff of a level above: records a support they gave this organization without being asked, so it
 * is coded and followed like a requested one and the receiving team can rate it.
 */
export function ProvideSupportForm({
  organization,
  plan,
}: {
  organization: { id: string; name: string };
  plan: PlanTree | null;
}) {
  const { t } = useTranslation();
  const provide = useProvideSupport(organization.id);
  const [values, setValues] = useState<Values>(empty);
  const [missing, setMissing] = useState<Partial<Record<'vendor' | 'description', boolean>>>({});
  const [sent, setSent] = useState(false);
  const choices = plan ? planItemChoices(plan) : [];
  const chosen = choices.find((c) => c.value === values.item);
  const server = apiFieldErrors(provide.error);
  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setSent(false);
    setValues((v) => ({ ...v, [field]: value }));
    if (field in missing) setMissing(({ [field as 'vendor']: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = missingProvider(values, true);
    setMissing(Object.fromEntries(blank.map((field) => [field, true])));
    if (blank.length > 0) {
      document.getElementById(fieldId(blank[0]))?.focus();
      return;
    }
    provide.mutate(
      {
        ...providerInput(values),
        description: values.description,
        need: values.need || null,
        ...linkIds(chosen),
        ...(values.practice ? { practiceCode: values.practice } : {}),
      },
      {
        onSuccess: () => {
          setValues(empty);
          setSent(true);
        },
      },
    );
  };

  const strategyPractice = chosen?.practiceCodes[0];
  const general = formMessage(provide.error, apiFields);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="support-provide-title" maw={760}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} id="support-provide-title" size="h3">
              {t('supports.provide.title', { organization: organization.name })}
            </Title>
            <Text size="sm" c="gray.7" mt={4}>
              {t('supports.provide.intro', { organization: organization.name })}
            </Text>
          </div>
          <ProviderFields
            values={values}
            onChange={set}
            ourselves={t('supports.provide.ourselves')}
            fieldId={fieldId}
            errors={{
              vendor: missing.vendor ? t('supports.respond.vendorRequired') : server.providerVendor,
              description: missing.description
                ? t('supports.respond.descriptionRequired')
                : (server.description ?? server.providerOrganizationId),
              startDate: server.startDate,
              endDate: server.endDate,
            }}
            descriptionRequired
          />
          <Textarea
            id={fieldId('need')}
            label={t('supports.provide.need')}
            description={t('supports.provide.needHelp')}
            value={values.need}
            onChange={(e) => set('need', e.currentTarget.value)}
            error={server.need}
            autosize
            minRows={2}
            maxLength={limits.longTextMax}
          />
          {choices.length > 0 && (
            <PlanItemSelect
              id={fieldId('item')}
              label={t('supports.provide.item')}
              choices={choices}
              value={values.item}
              onChange={(value) => set('item', value)}
              empty={t('supports.provide.itemNone')}
              error={server.milestoneId ?? server.strategyId}
            />
          )}
          <SupportPracticeSelect
            id={fieldId('practice')}
            value={values.practice}
            onChange={(value) => set('practice', value)}
            strategyPractice={strategyPractice}
          />
          <FormEnd
            error={general}
            sent={sent ? t('supports.provide.sent', { organization: organization.name }) : null}
            onDismiss={() => setSent(false)}
            pending={provide.isPending}
          >
            {t('supports.provide.submit')}
          </FormEnd>
        </Stack>
      </form>
    </Paper>
  );
}

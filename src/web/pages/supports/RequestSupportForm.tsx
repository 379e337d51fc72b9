import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../shared/limits';
import type { PlanTree } from '../../../shared/schemas/plan';
import { apiFieldErrors, formMessage } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { useRequestSupport } from './api';
import { FormEnd } from './FormEnd';
import { PlanItemSelect } from './PlanItemSelect';
import { linkIds, planItemChoices } from './planItems';
import { SupportPracticeSelect } from './SupportPracticeSelect';

type Field = 'need' | 'item';
const apiFields = ['need', 'strategyId', 'milestoneId', 'practiceCode'];
const fieldId = (field: Field | 'practice') => `support-request-${field}`;

/**
 * Asks the organization above for a support, tied to a strategy or milestone of the current plan and coded
 * to a practice: the strategy's first unless another is chosen.
 */
export function RequestSupportForm({
  organizationId,
  askOrganization,
  plan,
}: {
  organizationId: string;
  askOrganization: { id: string; name: string };
  plan: PlanTree | null;
}) {
  const { t } = useTranslation();
  const request = useRequestSupport(organizationId);
  const [need, setNeed] = useState('');
  const [item, setItem] = useState('');
  const [practice, setPractice] = useState('');
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [sent, setSent] = useState(false);
  const choices = plan ? planItemChoices(plan) : [];
  const chosen = choices.find((c) => c.value === item);
  const server = apiFieldErrors(request.error);
  const clear = (field: Field) => {
    setSent(false);
    if (missing[field]) setMissing(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty: Field[] = [];
    if (!need.trim()) empty.push('need');
    if (choices.length > 0 && !chosen) empty.push('item');
    setMissing(Object.fromEntries(empty.map((field) => [field, true])));
    if (empty.length > 0) {
      document.getElementById(fieldId(empty[0]))?.focus();
      return;
    }
    request.mutate(
      { need, ...linkIds(chosen), ...(practice ? { practiceCode: practice } : {}) },
      {
        onSuccess: () => {
          setNeed('');
          setItem('');
          setPractice('');
          setSent(true);
        },
      },
    );
  };

  const strategyPractice = chosen?.practiceCodes[0];
  const general = formMessage(request.error, apiFields);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="support-request-title" maw={760}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} id="support-request-title" size="h3">
              {t('supports.request.title', { organization: askOrganization.name })}
            </Title>
            <Text size="sm" c="gray.7" mt={4}>
              {t('supports.request.intro')}
            </Text>
          </div>
          <Textarea
            id={fieldId('need')}
            label={t('supports.request.need')}
            description={t('supports.request.needHelp')}
            value={need}
            onChange={(e) => {
              setNeed(e.currentTarget.value);
              clear('need');
            }}
            error={missing.need ? t('supports.request.needRequired') : server.need}
            required
            autosize
            minRows={3}
            maxLength={limits.longTextMax}
          />
          {choices.length > 0 ? (
            <PlanItemSelect
              id={fieldId('item')}
              label={t('supports.request.item')}
              choices={choices}
              value={item}
              onChange={(value) => {
                setItem(value);
                clear('item');
              }}
              empty={t('supports.request.itemPlaceholder')}
              error={
                missing.item ? t('supports.request.itemRequired') : (server.milestoneId ?? server.strategyId)
              }
              required
            />
          ) : (
            <Text size="sm">{t('supports.request.noPlan')}</Text>
          )}
          <SupportPracticeSelect
            id={fieldId('practice')}
            value={practice}
            onChange={setPractice}
            strategyPractice={strategyPractice}
          />
          <FormEnd
            error={general}
            sent={sent ? t('supports.request.sent', { organization: askOrganization.name }) : null}
            onDismiss={() => setSent(false)}
            pending={request.isPending}
          >
            {t('supports.request.submit')}
          </FormEnd>
        </Stack>
      </form>
    </Paper>
  );
}

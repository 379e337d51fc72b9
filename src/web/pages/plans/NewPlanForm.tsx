import { Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { limits } from '../../../shared/limits';
import { periodView, yearLabel } from '../../../shared/plans/period';
import { type CreatePlanInput, createPlanInput, type PlanTree } from '../../../shared/schemas/plan';
import { api } from '../../api/client';
import { apiFieldErrors, type FieldErrors, formMessage, schemaErrors } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { planKey, plansKey, usePlans } from './api';
import { PendingButton } from './SubmitButton';
import { startYearChoices } from './schoolYears';

const fields = ['title', 'startYear', 'years'];

/** Starts a plan: a title and the school years it covers; then opens its direction tab. */
export function NewPlanForm({ organization }: { organization: { id: string; name: string } }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const plans = usePlans(organization.id);
  const taken = (plans.data?.items ?? []).map((p) => p.period.startYear);
  const choices = startYearChoices(new Date(), taken);
  const [title, setTitle] = useState(t('plans.new.defaultTitle', { organization: organization.name }));
  // Until the reader picks one, the default follows the plan list as it loads.
  const [chosenYear, setStartYear] = useState<number | null>(null);
  const startYear = chosenYear ?? choices.initial;
  const [years, setYears] = useState(3);
  const [errors, setErrors] = useState<FieldErrors>({});

  const create = useMutation({
    mutationFn: (input: CreatePlanInput) =>
      api.post<PlanTree>(`/api/organizations/${organization.id}/plans`, input),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: plansKey(organization.id) });
      void navigate({
        to: '/o/$orgId/plans/$planId',
        params: { orgId: organization.id, planId: plan.id },
        search: { tab: 'direction' },
      });
    },
    onError: (error) => setErrors(apiFieldErrors(error)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { title, startYear, years };
    const found = schemaErrors(createPlanInput, input);
    setErrors(found ?? {});
    if (found) {
      document.getElementById(`new-plan-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    create.mutate(createPlanInput.parse(input));
  };

  const general = formMessage(create.error, fields);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId} maw={760}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} id={headingId}>
              {t('plans.new.title')}
            </Title>
            <Text size="sm" c="gray.7" mt={4}>
              {t('plans.new.intro')}
            </Text>
          </div>
          <TextInput
            id="new-plan-title"
            label={t('plans.new.planTitle')}
            required
            maxLength={limits.nameMax}
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setErrors(({ title: _, ...rest }) => rest);
            }}
            error={errors.title}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              id="new-plan-startYear"
              label={t('plans.new.startYear')}
              value={String(startYear)}
              onChange={(e) => setStartYear(Number(e.currentTarget.value))}
              error={errors.startYear}
              data={choices.years.map((y) => ({
                value: String(y),
                label: taken.includes(y) ? t('plans.new.yearTaken', { year: yearLabel(y) }) : yearLabel(y),
              }))}
            />
            <NativeSelect
              id="new-plan-years"
              label={t('plans.new.years')}
              value={String(years)}
              onChange={(e) => setYears(Number(e.currentTarget.value))}
              error={errors.years}
              data={Array.from({ length: limits.planYearsMax }, (_, i) => ({
                value: String(i + 1),
                label: t('plans.new.yearsOption', { count: i + 1 }),
              }))}
            />
          </SimpleGrid>
          <Text size="sm" aria-live="polite">
            {t('plans.new.period', { period: periodView(startYear, years).label })}
          </Text>
          {general && (
            <Notice color="red" role="alert">
              {general}
            </Notice>
          )}
          <Group>
            <PendingButton type="submit" pending={create.isPending}>
              {t('plans.new.submit')}
            </PendingButton>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

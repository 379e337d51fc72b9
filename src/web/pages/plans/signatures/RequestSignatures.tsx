import {
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { limits } from '../../../../shared/limits';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { ApiError } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { DangerButton } from '../../admin/common/DangerButton';
import { usePlanWrite } from '../api';
import { PendingButton } from '../SubmitButton';
import { usePlanPeople } from '../tree/usePlanPeople';
import { WriteError } from '../WriteError';
import { peopleOptions } from './peopleOptions';

type Row = { key: number; personId: string | null; roleInPlan: string };
type RowErrors = { personId?: string; roleInPlan?: string };

let nextKey = 0;
const emptyRow = (): Row => ({ key: nextKey++, personId: null, roleInPlan: '' });

/** Asks people to sign, each with their role in the plan; each is told in the app and by email. */
export function RequestSignatures({
  plan,
  onRequested,
}: {
  plan: PlanTree;
  onRequested: (message: string) => void;
}) {
  const { t } = useTranslation();
  const people = usePlanPeople(plan.id);
  const write = usePlanWrite(plan.id);
  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const [errors, setErrors] = useState<RowErrors[]>([]);
  const asked = useMemo(() => new Set(plan.signatures.map((s) => s.person.id)), [plan.signatures]);
  const apiError = write.error instanceof ApiError ? write.error : null;
  const errorAt = (index: number, field: keyof RowErrors) =>
    errors[index]?.[field] ?? apiError?.fieldError(`signatories.${index}.${field}`);

  const update = (key: number, change: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const remove = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    setErrors((current) => current.filter((_, i) => i !== index));
    // The row's own controls are gone; the next row's person, or the add button, takes focus.
    requestAnimationFrame(() =>
      (
        document.getElementById(`signatory-${index}-person`) ??
        document.getElementById(`signatory-${index - 1}-person`) ??
        document.getElementById('signatory-add')
      )?.focus(),
    );
  };
  const add = () => {
    setRows((current) => [...current, emptyRow()]);
    const index = rows.length;
    requestAnimationFrame(() => document.getElementById(`signatory-${index}-person`)?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = rows.map((row) => ({
      personId: row.personId ? undefined : t('planReview.signatures.request.choosePerson'),
      roleInPlan: row.roleInPlan.trim() ? undefined : t('planReview.signatures.request.enterRole'),
    }));
    const first = found.findIndex((e) => e.personId || e.roleInPlan);
    setErrors(found);
    if (first >= 0) {
      const field = found[first].personId ? 'person' : 'role';
      document.getElementById(`signatory-${first}-${field}`)?.focus();
      return;
    }
    const signatories = rows.map((row) => ({
      personId: row.personId ?? '',
      roleInPlan: row.roleInPlan.trim(),
    }));
    write.mutate(
      { method: 'post', path: `/api/plans/${plan.id}/signatures`, body: { signatories } },
      {
        onSuccess: () => {
          setRows([emptyRow()]);
          setErrors([]);
          onRequested(t('planReview.signatures.request.sent', { count: signatories.length }));
        },
      },
    );
  };

  const chosen = (except: number) =>
    new Set([...asked, ...rows.flatMap((row, i) => (i !== except && row.personId ? [row.personId] : []))]);
  const nameOf = (id: string | null) => people.data?.find((p) => p.id === id);
  const nobodyLeft = people.data?.every((p) => asked.has(p.id)) ?? false;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="request-signatures-title">
      <Stack gap="md">
        <Title order={2} id="request-signatures-title">
          {t('planReview.signatures.request.title')}
        </Title>
        <Text c="gray.7" maw={820}>
          {t('planReview.signatures.request.intro', { organization: plan.organization.name })}
        </Text>
        {plan.status === 'signed' && (
          <Text size="sm" maw={820}>
            {t('planReview.signatures.request.reopens')}
          </Text>
        )}
        {people.error && (
          <Text c="red.9" role="alert">
            {t('planReview.signatures.request.peopleError', { message: people.error.message })}
          </Text>
        )}
        {nobodyLeft ? (
          <Text>{t('planReview.signatures.request.noPeople')}</Text>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {rows.map((row, index) => (
                <Fieldset
                  key={row.key}
                  legend={t('planReview.signatures.request.personLabel', { index: index + 1 })}
                  variant="default"
                  p="sm"
                >
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <Select
                      id={`signatory-${index}-person`}
                      label={t('planReview.signatures.request.person')}
                      placeholder={t('planReview.signatures.request.personPlaceholder')}
                      description={nameOf(row.personId)?.organizationName}
                      data={peopleOptions(people.data ?? [], chosen(index))}
                      value={row.personId}
                      onChange={(personId) => update(row.key, { personId })}
                      error={errorAt(index, 'personId')}
                      searchable
                      openOnFocus={false}
                      nothingFoundMessage={t('planReview.signatures.request.nothingFound')}
                      required
                      comboboxProps={{ withinPortal: true }}
                    />
                    <TextInput
                      id={`signatory-${index}-role`}
                      label={t('planReview.signatures.request.role')}
                      description={t('planReview.signatures.request.roleHelp')}
                      value={row.roleInPlan}
                      onChange={(e) => update(row.key, { roleInPlan: e.currentTarget.value })}
                      error={errorAt(index, 'roleInPlan')}
                      maxLength={limits.shortTextMax}
                      required
                    />
                  </SimpleGrid>
                  {rows.length > 1 && (
                    <Group justify="flex-end" mt="xs">
                      <DangerButton
                        aria-label={t('planReview.signatures.request.removeLabel', { index: index + 1 })}
                        onClick={() => remove(index)}
                      >
                        {t('planReview.signatures.request.remove')}
                      </DangerButton>
                    </Group>
                  )}
                </Fieldset>
              ))}
              <WriteError
                planId={plan.id}
                error={write.error}
                shown={(path) => /^signatories\.\d+\.(personId|roleInPlan)$/.test(path)}
              />
              <Group gap="sm">
                <Button
                  id="signatory-add"
                  variant="default"
                  onClick={add}
                  disabled={rows.length >= limits.signatoriesMax}
                >
                  {t('planReview.signatures.request.add')}
                </Button>
                <PendingButton type="submit" pending={write.isPending}>
                  {t('planReview.signatures.request.submit')}
                </PendingButton>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

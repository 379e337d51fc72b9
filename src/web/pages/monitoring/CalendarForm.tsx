import {
  Button,
  Card,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { calendarProblems } from '../../../shared/monitoring/calendar';
import {
  type CalendarFields,
  calendarFields,
  type ReportingCalendar,
} from '../../../shared/schemas/monitoring';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { apiFieldErrors, type FieldErrors, formMessage, schemaErrors } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { useAnnounce } from '../plans/tree/announce';
import { focusFirstError } from '../plans/tree/focus';
import { useSetCalendar } from './api';
import { monthName } from './periods';

const months = Array.from({ length: 12 }, (_, i) => i + 1);

const fieldPaths = [
  'yearStartMonth',
  'statusDueDay',
  'quarterStartMonths.0',
  'quarterStartMonths.1',
  'quarterStartMonths.2',
  'quarterStartMonths.3',
  'semesterStartMonths.0',
  'semesterStartMonths.1',
  'annualReviewMonth',
];

/** Sets the organization's own calendar, starting from the one in effect. */
export function CalendarForm({
  organization,
  calendar,
}: {
  organization: OrganizationDetail;
  calendar: ReportingCalendar;
}) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const announce = useAnnounce();
  const save = useSetCalendar(organization.id);
  const [values, setValues] = useState<
    Omit<CalendarFields, 'statusDueDay'> & { statusDueDay: number | string }
  >(() => ({
    yearStartMonth: calendar.yearStartMonth,
    statusDueDay: calendar.statusDueDay,
    quarterStartMonths: [...calendar.quarterStartMonths],
    semesterStartMonths: [...calendar.semesterStartMonths],
    annualReviewMonth: calendar.annualReviewMonth,
  }));
  const [errors, setErrors] = useState<FieldErrors>({});

  const clear = (path: string) => {
    if (errors[path]) setErrors(({ [path]: _, ...rest }) => rest);
  };
  const monthData = months.map((m) => ({ value: String(m), label: monthName(m, i18n.language) }));
  const monthSelect = (label: string, value: number, path: string, onChange: (m: number) => void) => (
    <NativeSelect
      label={label}
      data={monthData}
      value={String(value)}
      onChange={(event) => {
        onChange(Number(event.currentTarget.value));
        clear(path);
      }}
      error={errors[path]}
    />
  );
  const setStart = (key: 'quarterStartMonths' | 'semesterStartMonths', index: number, month: number) =>
    setValues((v) => ({ ...v, [key]: v[key].map((m, i) => (i === index ? month : m)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ...values,
      statusDueDay: values.statusDueDay === '' ? Number.NaN : Number(values.statusDueDay),
      ...(calendar.source === 'own' && calendar.version !== null ? { version: calendar.version } : {}),
    };
    const problems =
      schemaErrors(calendarFields, input) ??
      Object.fromEntries(calendarProblems(input).map((p) => [p.path, p.message]));
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(input, {
      onSuccess: () => announce(t('monitoring.calendar.saved')),
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstError(formRef.current);
      },
    });
  };

  const message = formMessage(save.error, fieldPaths);
  return (
    <Card component="section" aria-labelledby="calendar-form-title">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} id="calendar-form-title">
              {t(calendar.source === 'own' ? 'monitoring.calendar.editOwn' : 'monitoring.calendar.setOwn', {
                organization: organization.name,
              })}
            </Title>
            <Text size="sm" c="gray.7" mt={4}>
              {t('monitoring.calendar.formIntro')}
            </Text>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {monthSelect(
              t('monitoring.calendar.fields.yearStartMonth'),
              values.yearStartMonth,
              'yearStartMonth',
              (m) => setValues((v) => ({ ...v, yearStartMonth: m })),
            )}
            <NumberInput
              label={t('monitoring.calendar.fields.statusDueDay')}
              description={t('monitoring.calendar.fields.statusDueDayHelp')}
              min={1}
              max={28}
              // Out-of-range days get the message beside the field rather than a silent change.
              clampBehavior="none"
              allowDecimal={false}
              allowNegative={false}
              value={values.statusDueDay}
              onChange={(value) => {
                setValues((v) => ({ ...v, statusDueDay: value }));
                clear('statusDueDay');
              }}
              error={errors.statusDueDay}
            />
          </SimpleGrid>
          <Fieldset legend={t('monitoring.calendar.fields.quarters')}>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {values.quarterStartMonths.map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the four quarters are fixed positions
                <div key={i}>
                  {monthSelect(
                    t('monitoring.calendar.fields.quarter', { n: i + 1 }),
                    m,
                    `quarterStartMonths.${i}`,
                    (month) => setStart('quarterStartMonths', i, month),
                  )}
                </div>
              ))}
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('monitoring.calendar.fields.semesters')}>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {values.semesterStartMonths.map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the two semesters are fixed positions
                <div key={i}>
                  {monthSelect(
                    t('monitoring.calendar.fields.semester', { n: i + 1 }),
                    m,
                    `semesterStartMonths.${i}`,
                    (month) => setStart('semesterStartMonths', i, month),
                  )}
                </div>
              ))}
            </SimpleGrid>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {monthSelect(
              t('monitoring.calendar.fields.annualReviewMonth'),
              values.annualReviewMonth,
              'annualReviewMonth',
              (m) => setValues((v) => ({ ...v, annualReviewMonth: m })),
            )}
          </SimpleGrid>
          {message && (
            <Notice color="red" role="alert">
              <Text size="sm">{message}</Text>
            </Notice>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('monitoring.calendar.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

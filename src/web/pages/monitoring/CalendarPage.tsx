import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ReportingCalendar } from '../../../shared/schemas/monitoring';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { Facts } from '../../components/PageHeader';
import { useTranslation } from '../../i18n';
import { ConfirmModal } from '../admin/common/ConfirmModal';
import { useInheritCalendar } from './api';
import { CalendarForm } from './CalendarForm';
import { MonitoringPage } from './MonitoringPage';
import { monthName } from './periods';

/** The reporting calendar in effect, where it comes from, and for those who may, a form to set it. */
export default function CalendarPage() {
  const { t } = useTranslation();
  return (
    <MonitoringPage title={t('monitoring.calendar.title')} description={t('monitoring.calendar.intro')}>
      {(organization, calendar) => (
        <Stack gap="xl" maw={860}>
          <InEffect organization={organization} calendar={calendar} />
          {calendar.abilities.edit && (
            // Saving changes the version and the values; a fresh form starts from them.
            <CalendarForm
              key={`${calendar.source}-${calendar.version}`}
              organization={organization}
              calendar={calendar}
            />
          )}
        </Stack>
      )}
    </MonitoringPage>
  );
}

function InEffect({
  organization,
  calendar,
}: {
  organization: OrganizationDetail;
  calendar: ReportingCalendar;
}) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const inherit = useInheritCalendar(organization.id);
  const month = (m: number) => monthName(m, i18n.language);
  const list = (months: number[]) => months.map(month).join(', ');
  const source =
    calendar.source === 'own'
      ? t('monitoring.calendar.source.own', { organization: organization.name })
      : calendar.source === 'inherited'
        ? t('monitoring.calendar.source.inherited', { organization: calendar.sourceOrganizationName })
        : t('monitoring.calendar.source.default');
  return (
    <Card component="section" aria-labelledby="calendar-in-effect">
      <Title order={2} id="calendar-in-effect" mb="xs">
        {t('monitoring.calendar.inEffect')}
      </Title>
      <Text mb="md">{source}</Text>
      <Facts
        items={[
          { label: t('monitoring.calendar.fields.yearStartMonth'), value: month(calendar.yearStartMonth) },
          {
            label: t('monitoring.calendar.fields.statusDueDay'),
            value: t('monitoring.calendar.dueDay', { day: calendar.statusDueDay }),
          },
          { label: t('monitoring.calendar.fields.quarters'), value: list(calendar.quarterStartMonths) },
          { label: t('monitoring.calendar.fields.semesters'), value: list(calendar.semesterStartMonths) },
          {
            label: t('monitoring.calendar.fields.annualReviewMonth'),
            value: month(calendar.annualReviewMonth),
          },
        ]}
      />
      {calendar.abilities.edit && calendar.source === 'own' && calendar.version !== null && (
        <Group mt="lg">
          <Button variant="default" onClick={() => setConfirming(true)}>
            {t('monitoring.calendar.inherit')}
          </Button>
          <ConfirmModal
            opened={confirming}
            title={t('monitoring.calendar.inheritTitle')}
            confirmLabel={t('monitoring.calendar.inheritConfirm')}
            pending={inherit.isPending}
            error={inherit.error}
            onClose={() => {
              inherit.reset();
              setConfirming(false);
            }}
            onConfirm={() =>
              calendar.version !== null &&
              inherit.mutate(calendar.version, { onSuccess: () => setConfirming(false) })
            }
          >
            {t('monitoring.calendar.inheritBody', { organization: organization.name })}
          </ConfirmModal>
        </Group>
      )}
    </Card>
  );
}

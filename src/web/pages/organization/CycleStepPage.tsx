import { Alert, Card, Text } from '@mantine/core';
import { useOrganization } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { type CycleStepKey, cycleSteps, useOrgId } from '../../shell/navigation';

/** An honest placeholder: what the step will hold, and that it is not here yet. */
export default function CycleStepPage({ step }: { step: CycleStepKey }) {
  const { t } = useTranslation();
  const organization = useOrganization(useOrgId());
  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  const number = cycleSteps.findIndex((s) => s.key === step) + 1;
  return (
    <>
      <PageHeader organization={organization.data} title={`${number}. ${t(`shell.steps.${step}.title`)}`} />
      <Card maw={760}>
        <Text>{t(`shell.steps.${step}.body`)}</Text>
        <Alert color="gray" variant="light" mt="lg" title={t('shell.steps.notAvailable')}>
          {t('shell.steps.notAvailableBody')}
        </Alert>
      </Card>
    </>
  );
}

import { Card, Stack, Text } from '@mantine/core';
import { Navigate } from '@tanstack/react-router';
import { useOrganization } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { cycleSteps, useOrgId } from '../../shell/navigation';
import { Notice } from '../admin/common/Notice';
import { usePlans } from './api';
import { NewPlanForm } from './NewPlanForm';
import { currentPlan } from './schoolYears';

/** The direction and plan steps open the organization's current plan on the matching tab. */
export default function CurrentPlanPage({ step }: { step: 'direction' | 'plan' }) {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  const plans = usePlans(organizationId);
  if (organization.isPending || plans.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  if (plans.error) return <ErrorState error={plans.error} onRetry={() => plans.refetch()} />;

  const plan = currentPlan(plans.data.items);
  if (plan)
    return (
      <Navigate
        to="/o/$orgId/plans/$planId"
        params={{ orgId: organizationId, planId: plan.id }}
        search={{ tab: step }}
        replace
      />
    );

  const org = organization.data;
  const number = cycleSteps.findIndex((s) => s.key === step) + 1;
  return (
    <>
      <PageHeader organization={org} title={`${number}. ${t(`shell.steps.${step}.title`)}`} />
      <Stack gap="xl">
        <Card maw={760}>
          <Text>{t(`shell.steps.${step}.body`)}</Text>
          <Notice color="gray" variant="light" mt="lg" title={t('plans.current.noPlanTitle')}>
            <Text size="sm">{t('plans.current.noPlan', { organization: org.name })}</Text>
            {!org.abilities.writePlan && (
              <Text size="sm" mt="xs">
                {t('plans.current.readOnly', { organization: org.name })}
              </Text>
            )}
          </Notice>
        </Card>
        {org.abilities.writePlan && <NewPlanForm organization={org} />}
      </Stack>
    </>
  );
}

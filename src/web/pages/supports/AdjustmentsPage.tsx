import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useOrganization } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { cycleSteps, useOrgId } from '../../shell/navigation';
import { AdjustmentForm } from './AdjustmentForm';
import { AdjustmentLog } from './AdjustmentLog';
import { useCurrentPlan } from './api';
import { PlanChanges } from './PlanChanges';

/**
 * Step 5, adjust course: where the signed plan's pending changes are recorded, the log of every adjustment
 * (and those below, for districts and states), and a form for an adjustment that changes no plan content.
 */
export default function AdjustmentsPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  const plan = useCurrentPlan(organizationId);
  const [below, setBelow] = useState(false);
  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  const org = organization.data;
  const number = cycleSteps.findIndex((s) => s.key === 'adjust') + 1;
  return (
    <>
      <PageHeader
        organization={org}
        title={`${number}. ${t('shell.steps.adjust.title')}`}
        description={t('supports.adjust.intro')}
      />
      <Stack gap="xl">
        {plan.summary && <PlanChanges organizationId={org.id} plan={plan.summary} />}
        <AdjustmentLog organization={org} below={below} onBelowChange={setBelow} />
        {org.abilities.writePlan &&
          (plan.isPending ? <Loading /> : <AdjustmentForm organizationId={org.id} plan={plan.tree} />)}
      </Stack>
    </>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { PlanSummary } from '../../../shared/schemas/plan';
import { AnchorLink } from '../../components/links';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { ButtonLink } from '../assessments/links';
import { usePlans } from '../plans/api';
import { currentPlan } from '../plans/schoolYears';
import { useMeasureProgress } from './api';
import { MeasureCard } from './measures/MeasureCard';
import { OrganizationFrame } from './OrganizationFrame';

/** Annual performance of the current plan: every goal measure, then every strategy measure, target against actual. */
export default function MeasuresPage() {
  const { t } = useTranslation();
  return (
    <OrganizationFrame
      title={t('performance.measures.title')}
      description={t('performance.measures.intro')}
      actions={(org) => (
        <ButtonLink variant="default" to="/o/$orgId/data" params={{ orgId: org.id }}>
          {t('performance.measures.data')}
        </ButtonLink>
      )}
    >
      {(org) => <CurrentPlanMeasures organization={org} />}
    </OrganizationFrame>
  );
}

function CurrentPlanMeasures({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const plans = usePlans(organization.id);
  if (plans.isPending) return <Loading />;
  if (plans.error) return <ErrorState error={plans.error} onRetry={() => plans.refetch()} />;
  const plan = currentPlan(plans.data.items);
  if (!plan)
    return (
      <Notice color="gray" title={t('performance.measures.noPlanTitle')}>
        <Text size="sm">{t('performance.measures.noPlan', { organization: organization.name })}</Text>
        <AnchorLink to="/o/$orgId/plans" params={{ orgId: organization.id }} size="sm">
          {t('performance.measures.openPlans')}
        </AnchorLink>
      </Notice>
    );
  return <PlanMeasures organization={organization} plan={plan} />;
}

function PlanMeasures({ organization, plan }: { organization: OrganizationDetail; plan: PlanSummary }) {
  const { t } = useTranslation();
  const progress = useMeasureProgress(plan.id);
  if (progress.isPending) return <Loading />;
  if (progress.error) return <ErrorState error={progress.error} onRetry={() => progress.refetch()} />;
  const groups = (['goal', 'strategy'] as const).map((kind) => ({
    kind,
    measures: progress.data.items.filter((m) => m.owner.kind === kind),
  }));

  return (
    <Stack gap="xl">
      <Text>
        {t('performance.measures.planLine', { title: plan.title, period: plan.period.label })}{' '}
        <AnchorLink
          to="/o/$orgId/plans/$planId"
          params={{ orgId: organization.id, planId: plan.id }}
          search={{ tab: 'direction' }}
        >
          {t('performance.measures.openPlan')}
        </AnchorLink>
      </Text>
      {groups.map((group) => (
        <Stack key={group.kind} gap="md" component="section" aria-labelledby={`measures-${group.kind}`}>
          <Title order={2} id={`measures-${group.kind}`}>
            {t(`performance.measures.groups.${group.kind}`)}
          </Title>
          {group.measures.length === 0 ? (
            <Text c="gray.7">{t(`performance.measures.groupEmpty.${group.kind}`)}</Text>
          ) : (
            group.measures.map((measure) => (
              <MeasureCard
                key={measure.measureId}
                organizationId={organization.id}
                measure={measure}
                index={group.measures.filter((m) => m.owner.id === measure.owner.id).indexOf(measure)}
              />
            ))
          )}
        </Stack>
      ))}
    </Stack>
  );
}

import './plans.css';
import { Tabs } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { CoachingStep } from '../../../shared/schemas/coaching-questions';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { PlanTree } from '../../../shared/schemas/plan';
import { useOrganization } from '../../api/hooks';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { type PlanTab, planTabs } from '../../router';
import { useOrgId } from '../../shell/navigation';
import { usePlan } from './api';
import { ChecksPanel } from './ChecksPanel';
import { CoachingPanel } from './CoachingPanel';
import { DirectionTab } from './direction/DirectionTab';
import { focusTarget } from './focus';
import { NeedsTab } from './needs/NeedsTab';
import { PlanHeader } from './PlanHeader';
import { HistoryTab } from './signatures/HistoryTab';
import { SignaturesTab } from './signatures/SignaturesTab';
import { PlanTab as PlanTreeTab } from './tree/PlanTab';
import { useFocusElement } from './useFocusElement';

const coachingSteps: Partial<Record<PlanTab, CoachingStep>> = {
  direction: 'set-direction',
  needs: 'assess-needs',
  plan: 'create-plan',
};

/** One plan: its header and a tab for each part, the tab and any item to focus kept in the address. */
export default function PlanWorkspace() {
  const organizationId = useOrgId();
  const { planId } = useParams({ strict: false }) as { planId: string };
  const organization = useOrganization(organizationId);
  const plan = usePlan(planId);
  if (organization.isPending || plan.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  if (plan.error) return <ErrorState error={plan.error} onRetry={() => plan.refetch()} />;
  return <Workspace organization={organization.data} plan={plan.data} />;
}

function Workspace({ organization, plan }: { organization: OrganizationDetail; plan: PlanTree }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { tab?: PlanTab; focus?: string };
  const target = focusTarget(search.focus);
  const tab: PlanTab = search.tab ?? target?.tab ?? 'direction';
  useFocusElement(target && target.tab === tab ? target.elementId : null, search.focus);

  const panels: Record<PlanTab, ReactNode> = {
    direction: <DirectionTab plan={plan} />,
    needs: <NeedsTab plan={plan} />,
    plan: <PlanTreeTab plan={plan} />,
    signatures: <SignaturesTab plan={plan} />,
    history: <HistoryTab plan={plan} />,
    checks: <ChecksPanel plan={plan} />,
  };

  return (
    <>
      <PlanHeader plan={plan} organization={organization} />
      <Tabs
        value={tab}
        onChange={(value) => value && navigate({ to: '.', search: { tab: value as PlanTab }, replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('plans.workspace.tabs')} mb="lg">
          {planTabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`plans.workspace.tab.${key}`, { count: plan.checkCount })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {planTabs.map((key) => {
          const step = coachingSteps[key];
          return (
            <Tabs.Panel key={key} value={key}>
              {step && <CoachingPanel step={step} />}
              {panels[key]}
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </>
  );
}

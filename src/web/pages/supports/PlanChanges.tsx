import { Text } from '@mantine/core';
import type { PlanSummary } from '../../../shared/schemas/plan';
import { AnchorLink } from '../../components/links';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { usePlanVersions } from '../plans/signatures/api';

/** Where changes to the plan itself are recorded: a prompt when the signed plan has unrecorded edits. */
export function PlanChanges({ organizationId, plan }: { organizationId: string; plan: PlanSummary }) {
  const { t } = useTranslation();
  const versions = usePlanVersions(plan.id);
  const link = (text: string) => (
    <AnchorLink
      to="/o/$orgId/plans/$planId"
      params={{ orgId: organizationId, planId: plan.id }}
      search={{ tab: 'history' }}
      size="sm"
      fw={600}
    >
      {text}
    </AnchorLink>
  );
  if (versions.data?.pendingChanges && plan.status === 'signed')
    return (
      <Notice color="yellow" title={t('supports.adjust.plan.pendingTitle')} maw={760}>
        <Text size="sm" mb="xs">
          {t('supports.adjust.plan.pending', { plan: plan.title })}
        </Text>
        {link(t('supports.adjust.plan.pendingLink'))}
      </Notice>
    );
  return (
    <Text size="sm" maw={760}>
      {t('supports.adjust.plan.recorded')} {link(t('supports.adjust.plan.historyLink', { plan: plan.title }))}
    </Text>
  );
}

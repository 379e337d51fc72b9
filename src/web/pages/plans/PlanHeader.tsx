import { Button, Text } from '@mantine/core';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { PlanTree } from '../../../shared/schemas/plan';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { useTranslation } from '../../i18n';
import { useFormat } from '../admin/common/format';
import { Notice } from '../admin/common/Notice';
import { PlanStatusBadge } from './badges';

/** The plan's title, period, status, open checks and downloads, and whether the reader may edit it. */
export function PlanHeader({ plan, organization }: { plan: PlanTree; organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const exportPath = (format: 'docx' | 'pdf') => `/api/plans/${plan.id}/export?format=${format}`;
  return (
    <>
      <PageHeader
        organization={organization}
        title={plan.title}
        badges={<PlanStatusBadge status={plan.status} />}
        description={
          <>
            {t('plans.workspace.facts', {
              kind: t(`app.kinds.${plan.organization.kind}`),
              period: plan.period.label,
              updated: format.dateTime(plan.updatedAt),
            })}
            <Text component="span" display="block" size="sm" mt={4}>
              <AnchorLink
                to="/o/$orgId/plans/$planId"
                params={{ orgId: plan.organizationId, planId: plan.id }}
                search={{ tab: 'checks' }}
                fw={600}
              >
                <span aria-hidden="true">{plan.checkCount > 0 ? '⚠ ' : '✓ '}</span>
                {t('plans.openChecks', { count: plan.checkCount })}
              </AnchorLink>
            </Text>
          </>
        }
        actions={
          plan.abilities.export && (
            <>
              <Button component="a" href={exportPath('docx')} download variant="default">
                {t('plans.workspace.downloadWord')}
              </Button>
              <Button component="a" href={exportPath('pdf')} download variant="default">
                {t('plans.workspace.downloadPdf')}
              </Button>
            </>
          )
        }
      />
      {!plan.abilities.edit && (
        <Notice color="gray" title={t('plans.workspace.readOnlyTitle')} mb="lg" maw={860}>
          <Text size="sm">
            {t(plan.abilities.comment ? 'plans.workspace.readOnlyComment' : 'plans.workspace.readOnly', {
              organization: plan.organization.name,
            })}
          </Text>
        </Notice>
      )}
    </>
  );
}

import { Stack, Table, Text } from '@mantine/core';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useOrganization } from '../../api/hooks';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { nowrap, useFormat } from '../admin/common/format';
import { Notice } from '../admin/common/Notice';
import { ScrollTable } from '../assessments/ScrollTable';
import { usePlans } from './api';
import { PlanStatusBadge } from './badges';
import { NewPlanForm } from './NewPlanForm';

/** The organization's plans, newest first, and a form to start one for those who write its plans. */
export default function PlansPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  const org = organization.data;
  return (
    <>
      <PageHeader organization={org} title={t('plans.list.title')} description={t('plans.list.intro')} />
      <Stack gap="xl">
        <PlanTable organization={org} />
        {org.abilities.writePlan && <NewPlanForm organization={org} />}
      </Stack>
    </>
  );
}

function PlanTable({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const plans = usePlans(organization.id);
  if (plans.isPending) return <Loading />;
  if (plans.error) return <ErrorState error={plans.error} onRetry={() => plans.refetch()} />;
  if (plans.data.items.length === 0)
    return (
      <Notice color="gray" title={t('plans.list.emptyTitle')} maw={760}>
        <Text size="sm">{t('plans.list.empty')}</Text>
        {!organization.abilities.writePlan && (
          <Text size="sm" mt="xs">
            {t('plans.list.emptyReadOnly', { organization: organization.name })}
          </Text>
        )}
      </Notice>
    );
  return (
    <ScrollTable
      caption={t('plans.list.caption', { organization: organization.name })}
      minWidth={760}
      bg="white"
      withTableBorder
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('plans.list.plan')}</Table.Th>
          <Table.Th scope="col">{t('plans.list.period')}</Table.Th>
          <Table.Th scope="col">{t('plans.list.status')}</Table.Th>
          <Table.Th scope="col">{t('plans.list.checks')}</Table.Th>
          <Table.Th scope="col">{t('plans.list.updated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plans.data.items.map((plan) => (
          <Table.Tr key={plan.id}>
            <Table.Th scope="row" fw={600}>
              <AnchorLink
                to="/o/$orgId/plans/$planId"
                params={{ orgId: organization.id, planId: plan.id }}
                fw={600}
              >
                {plan.title}
              </AnchorLink>
            </Table.Th>
            <Table.Td style={nowrap}>{plan.period.label}</Table.Td>
            <Table.Td>
              <PlanStatusBadge status={plan.status} />
            </Table.Td>
            <Table.Td>
              {plan.checkCount > 0 ? (
                <AnchorLink
                  to="/o/$orgId/plans/$planId"
                  params={{ orgId: organization.id, planId: plan.id }}
                  search={{ tab: 'checks' }}
                  size="sm"
                >
                  {t('plans.openChecks', { count: plan.checkCount })}
                </AnchorLink>
              ) : (
                <Text size="sm">{t('plans.openChecks', { count: 0 })}</Text>
              )}
            </Table.Td>
            <Table.Td style={nowrap}>{format.dateTime(plan.updatedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

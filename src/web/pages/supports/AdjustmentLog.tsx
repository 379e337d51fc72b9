import { Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import type { Adjustment } from '../../../shared/schemas/adjustments';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { AnchorLink } from '../../components/links';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import type { PlanTab } from '../../router';
import { nowrap, useFormat } from '../admin/common/format';
import { Notice } from '../admin/common/Notice';
import { ScrollTable } from '../assessments/ScrollTable';
import { useAdjustments } from './api';
import { localDay } from './dates';

/** The adjustment log, newest first; where there are organizations below, optionally theirs too. */
export function AdjustmentLog({
  organization,
  below,
  onBelowChange,
}: {
  organization: OrganizationDetail;
  below: boolean;
  onBelowChange: (below: boolean) => void;
}) {
  const { t } = useTranslation();
  const list = useAdjustments(organization.id, below);
  return (
    <Stack gap="sm" component="section" aria-labelledby="adjustment-log-title">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="adjustment-log-title">
          {t('supports.adjust.log.title')}
        </Title>
        {organization.childCount > 0 && (
          <Switch
            label={t('supports.adjust.log.below')}
            checked={below}
            onChange={(event) => onBelowChange(event.currentTarget.checked)}
          />
        )}
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Notice color="gray" title={t('supports.adjust.log.emptyTitle')} maw={760}>
          <Text size="sm">
            {below
              ? t('supports.adjust.log.emptyBelow')
              : t('supports.adjust.log.empty', { organization: organization.name })}
          </Text>
        </Notice>
      ) : (
        <AdjustmentTable organization={organization} items={list.data.items} below={below} />
      )}
    </Stack>
  );
}

function AdjustmentTable({
  organization,
  items,
  below,
}: {
  organization: OrganizationDetail;
  items: Adjustment[];
  below: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollTable
      caption={t(below ? 'supports.adjust.log.captionBelow' : 'supports.adjust.log.caption', {
        organization: organization.name,
      })}
      minWidth={880}
      bg="white"
      withTableBorder
      style={{ verticalAlign: 'top' }}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('supports.adjust.log.decidedOn')}</Table.Th>
          {below && <Table.Th scope="col">{t('supports.adjust.log.organization')}</Table.Th>}
          <Table.Th scope="col" w="34%">
            {t('supports.adjust.log.change')}
          </Table.Th>
          <Table.Th scope="col">{t('supports.adjust.log.cause')}</Table.Th>
          <Table.Th scope="col">{t('supports.adjust.log.evidence')}</Table.Th>
          <Table.Th scope="col">{t('supports.adjust.log.decidedBy')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td style={nowrap}>{format.date(localDay(a.decidedOn).toISOString())}</Table.Td>
            {below && (
              <Table.Td>
                <AnchorLink to="/o/$orgId/adjust" params={{ orgId: a.organization.id }} size="sm">
                  {a.organization.name}
                </AnchorLink>
              </Table.Td>
            )}
            <Table.Th scope="row" fw={400}>
              <Text size="sm" fw={600} style={{ whiteSpace: 'pre-line' }}>
                {a.summary}
              </Text>
              <ChangePlace adjustment={a} />
              {a.createdBy && (
                <Text size="xs" c="gray.7" mt={4}>
                  {t('supports.adjust.log.recordedBy', { name: a.createdBy.name })}
                </Text>
              )}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-line' }}>{a.cause}</Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-line' }}>{a.evidence}</Table.Td>
            <Table.Td>{a.decidedBy}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** The plan version recorded with the change, or the strategy or milestone it concerns, linked. */
function ChangePlace({ adjustment: a }: { adjustment: Adjustment }) {
  const { t } = useTranslation();
  if (!a.plan) return null;
  const item = a.milestone
    ? { kind: 'milestone', ref: a.milestone }
    : a.strategy
      ? { kind: 'strategy', ref: a.strategy }
      : null;
  const tab: PlanTab = a.planVersion !== null ? 'history' : 'plan';
  const label =
    a.planVersion !== null
      ? t('supports.adjust.log.planUpdate', { number: a.planVersion })
      : item
        ? t(`supports.${item.kind}`, { number: item.ref.number, title: item.ref.title })
        : t('supports.adjust.log.openPlan');
  return (
    <AnchorLink
      to="/o/$orgId/plans/$planId"
      params={{ orgId: a.organization.id, planId: a.plan.id }}
      search={{ tab, ...(item && tab === 'plan' ? { focus: `plan/${item.kind}/${item.ref.id}` } : {}) }}
      size="sm"
      display="inline-block"
      mt={4}
    >
      {label}
    </AnchorLink>
  );
}

import { Group, NativeSelect, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { essaStatuses } from '../../../../shared/roles';
import type { networkPlans } from '../../../../shared/schemas/plan';
import { api, query } from '../../../api/client';
import { useOrganization } from '../../../api/hooks';
import { EssaBadge, KindBadge } from '../../../components/badges';
import { AnchorLink } from '../../../components/links';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { useOrgId } from '../../../shell/navigation';
import { Section } from '../../admin/common/Section';
import { ScrollTable } from '../../assessments/ScrollTable';

type NetworkPlans = z.infer<typeof networkPlans>;
type Filters = { practice: string; essa: string; completeness: string; kind: string };

const practiceCodes = ['1', '2', '3', '4'].flatMap((d) => ['a', 'b', 'c'].map((p) => `${d}${p}`));
const completenessValues = ['none', 'incomplete', 'complete', 'signed'] as const;

function useNetworkPlans(organizationId: string, filters: Filters) {
  return useQuery({
    queryKey: ['organization', organizationId, 'network-plans', filters],
    queryFn: () =>
      api.get<NetworkPlans>(`/api/organizations/${organizationId}/network-plans${query(filters)}`),
    placeholderData: (previous) => previous,
  });
}

/** For a district or state: each school's (and district's) current plan, filterable, read only. */
export default function NetworkPlansPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  const [filters, setFilters] = useState<Filters>({ practice: '', essa: '', completeness: '', kind: '' });
  const list = useNetworkPlans(organizationId, filters);

  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;

  const set = (key: keyof Filters) => (e: React.ChangeEvent<HTMLSelectElement>) =>
    setFilters((f) => ({ ...f, [key]: e.currentTarget.value }));

  return (
    <>
      <PageHeader
        organization={organization.data}
        title={t('planNetwork.title')}
        description={t('planNetwork.intro')}
      />
      <Stack gap="lg">
        <Section id="network-plan-filters" title={t('planNetwork.filters')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <NativeSelect
              label={t('planNetwork.practice')}
              value={filters.practice}
              onChange={set('practice')}
              data={[{ value: '', label: t('planNetwork.anyPractice') }, ...practiceCodes]}
            />
            <NativeSelect
              label={t('planNetwork.essa')}
              value={filters.essa}
              onChange={set('essa')}
              data={[
                { value: '', label: t('planNetwork.anyEssa') },
                ...essaStatuses.map((s) => ({ value: s, label: t(`app.essaLong.${s}`) })),
              ]}
            />
            <NativeSelect
              label={t('planNetwork.completeness')}
              value={filters.completeness}
              onChange={set('completeness')}
              data={[
                { value: '', label: t('planNetwork.anyCompleteness') },
                ...completenessValues.map((c) => ({
                  value: c,
                  label: t(`planNetwork.completenessValues.${c}`),
                })),
              ]}
            />
            <NativeSelect
              label={t('planNetwork.kind')}
              value={filters.kind}
              onChange={set('kind')}
              data={[
                { value: '', label: t('planNetwork.anyKind') },
                { value: 'district', label: t('app.kinds.district') },
                { value: 'school', label: t('app.kinds.school') },
              ]}
            />
          </SimpleGrid>
        </Section>
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <NetworkPlanResults data={list.data} practice={filters.practice} />
        )}
      </Stack>
    </>
  );
}

function NetworkPlanResults({ data, practice }: { data: NetworkPlans; practice: string }) {
  const { t } = useTranslation();
  const counts = Object.entries(data.practiceCounts).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      {counts.length > 0 && (
        <Section id="network-practice-counts" title={t('planNetwork.practiceCounts')}>
          <ScrollTable caption={t('planNetwork.practiceCountsCaption')} minWidth={360}>
            <Table.Thead>
              <Table.Tr>
                {counts.map(([code]) => (
                  <Table.Th key={code}>{code}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                {counts.map(([code, n]) => (
                  <Table.Td key={code}>{n}</Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </ScrollTable>
        </Section>
      )}
      <Section id="network-plan-list" title={t('planNetwork.caption')}>
        <Text size="sm" role="status">
          {t('planNetwork.count', { count: data.items.length })}
        </Text>
        {data.items.length === 0 ? (
          <Text c="gray.7">{t('planNetwork.empty')}</Text>
        ) : (
          <ScrollTable caption={t('planNetwork.caption')} minWidth={860}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={240}>{t('planNetwork.organization')}</Table.Th>
                <Table.Th>{t('planNetwork.plan')}</Table.Th>
                <Table.Th w={180}>{t('planNetwork.status')}</Table.Th>
                <Table.Th>
                  {practice
                    ? t('planNetwork.codedStrategies', { code: practice })
                    : t('planNetwork.strategies')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((row) => (
                <NetworkPlanRow key={row.organization.id} row={row} />
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Section>
    </>
  );
}

function NetworkPlanRow({ row }: { row: NetworkPlans['items'][number] }) {
  const { t } = useTranslation();
  const { organization, plan } = row;
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <AnchorLink to="/o/$orgId" params={{ orgId: organization.id }} fw={600} size="sm">
            {organization.name}
          </AnchorLink>
          <Group gap={6}>
            <KindBadge kind={organization.kind} />
            <EssaBadge status={organization.essaStatus} />
          </Group>
          {organization.parent && (
            <Text size="xs" c="gray.7">
              {organization.parent.name}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {plan ? (
          <Stack gap={2} align="flex-start">
            <AnchorLink
              to="/o/$orgId/plans/$planId"
              params={{ orgId: organization.id, planId: plan.id }}
              size="sm"
              fw={600}
            >
              {plan.title}
            </AnchorLink>
            <Text size="sm">
              {plan.period.label} · {t(`planNetwork.statuses.${plan.status}`)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="gray.7">
            {t('planNetwork.noPlan')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t(`planNetwork.completenessValues.${row.completeness}`)}
          </Text>
          {plan && plan.checkCount > 0 && (
            <Text size="xs" c="gray.7">
              {t('planNetwork.openChecks', { count: plan.checkCount })}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {plan && plan.strategies.length > 0 ? (
          <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {plan.strategies.map((s) => (
              <Text key={s.id} size="sm" component="li">
                <strong>{s.number}</strong> {s.title}{' '}
                <Text span size="xs" c="gray.7">
                  ({s.practiceCodes.join(', ')})
                </Text>
              </Text>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="gray.7">
            —
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

import './assessments.css';
import { Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useOrganization } from '../../api/hooks';
import { KindBadge } from '../../components/badges';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { nowrap, useFormat } from '../admin/common/format';
import { Section } from '../admin/common/Section';
import { type NetworkAssessment, useFrameworks, useNetworkAssessments } from './api';
import { ChangeBadge, ModeBadge } from './common';
import { ScrollTable } from './ScrollTable';

/** A section's average as a short bar with its number; the number carries the meaning, the bar the shape. */
function SectionAverages({ sections, top }: { sections: NetworkAssessment['sections']; top: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {sections.map((s) => (
        <Group key={s.key} gap="xs" wrap="nowrap">
          <span className="mini-bar-track" aria-hidden="true">
            <span
              className="mini-bar"
              style={{ width: `${s.average === null ? 0 : (s.average / top) * 100}%` }}
            />
          </span>
          <Text size="sm" style={nowrap} fw={600} w={32}>
            {s.average === null ? '—' : s.average.toFixed(1)}
          </Text>
          <Text size="sm">{s.title}</Text>
        </Group>
      ))}
      <Text size="xs" c="gray.7">
        {t('assessments.network.scale', { top })}
      </Text>
    </Stack>
  );
}

/** For a district or state: the closed self-assessments of every organization below it. */
export default function NetworkAssessmentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  const list = useNetworkAssessments(organizationId);
  const frameworks = useFrameworks(organizationId);
  const [framework, setFramework] = useState('');

  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;

  const keys = [...new Map((list.data ?? []).map((i) => [i.framework.key, i.framework.title])).entries()];
  const shown = (list.data ?? [])
    .filter((i) => !framework || i.framework.key === framework)
    .sort(
      (a, b) =>
        a.organization.name.localeCompare(b.organization.name) ||
        (b.assessment.closedAt ?? '').localeCompare(a.assessment.closedAt ?? ''),
    );
  const scaleTop = (key: string, version: number) => {
    const f = frameworks.data?.find((x) => x.key === key && x.version === version);
    return f?.levelNames.length || 4;
  };

  return (
    <>
      <PageHeader
        organization={organization.data}
        title={t('assessments.network.title')}
        description={t('assessments.network.intro')}
      />
      <Section id="network-list" title={t('assessments.network.listTitle')}>
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : list.data.length === 0 ? (
          <Text c="gray.7">{t('assessments.network.empty')}</Text>
        ) : (
          <>
            <NativeSelect
              label={t('assessments.network.filter')}
              value={framework}
              onChange={(e) => setFramework(e.currentTarget.value)}
              data={[
                { value: '', label: t('assessments.network.allFrameworks') },
                ...keys.map(([value, label]) => ({ value, label })),
              ]}
              maw={420}
            />
            <Text size="sm" role="status">
              {t('assessments.network.count', { count: shown.length })}
            </Text>
            <ScrollTable caption={t('assessments.network.caption')} minWidth={900}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>{t('assessments.network.organization')}</Table.Th>
                  <Table.Th>{t('assessments.network.assessment')}</Table.Th>
                  <Table.Th w={110}>{t('assessments.network.closed')}</Table.Th>
                  <Table.Th w={300}>{t('assessments.network.sections')}</Table.Th>
                  <Table.Th w={130}>{t('assessments.network.trend')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((row) => (
                  <Table.Tr key={row.assessment.id}>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <AnchorLink to="/o/$orgId" params={{ orgId: row.organization.id }} fw={600} size="sm">
                          {row.organization.name}
                        </AnchorLink>
                        <KindBadge kind={row.organization.kind} />
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <AnchorLink
                          to="/o/$orgId/assessments/$assessmentId/results"
                          params={{ orgId: row.organization.id, assessmentId: row.assessment.id }}
                          size="sm"
                          fw={600}
                        >
                          {row.assessment.title}
                        </AnchorLink>
                        <Text size="sm">
                          {t('assessments.frameworkVersion', {
                            title: row.framework.title,
                            version: row.framework.version,
                          })}
                        </Text>
                        <Group gap="xs">
                          <Text size="sm">{row.assessment.period}</Text>
                          <ModeBadge mode={row.assessment.mode} />
                        </Group>
                      </Stack>
                    </Table.Td>
                    <Table.Td style={nowrap}>
                      {row.assessment.closedAt ? format.date(row.assessment.closedAt) : '—'}
                    </Table.Td>
                    <Table.Td>
                      <SectionAverages
                        sections={row.sections}
                        top={scaleTop(row.framework.key, row.framework.version)}
                      />
                    </Table.Td>
                    <Table.Td>
                      {row.trend ? (
                        <ChangeBadge change={row.trend} />
                      ) : (
                        <Text size="sm" c="gray.7">
                          {t('assessments.network.firstOne')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          </>
        )}
      </Section>
    </>
  );
}

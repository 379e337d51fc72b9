import { Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { supportStatuses } from '../../../shared/schemas/monitoring-enums';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { Support } from '../../../shared/schemas/supports';
import { AnchorLink } from '../../components/links';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useFormat } from '../admin/common/format';
import { Notice } from '../admin/common/Notice';
import { ScrollTable } from '../assessments/ScrollTable';
import { type SupportFilters, useSupports } from './api';
import { SupportStatusBadge } from './badges';
import { PracticeSelect } from './PracticeSelect';
import { practiceSummary } from './summary';

/** Supports across every organization below, by practice: what is needed, provided, and how well it worked. */
export function BelowSupports({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<SupportFilters>({});
  const list = useSupports(organization.id, 'below', filters);
  return (
    <Stack gap="lg">
      <Text maw={760}>{t('supports.below.intro', { organization: organization.name })}</Text>
      <Card withBorder maw={760} component="section" aria-label={t('supports.below.filters')}>
        <Group gap="md" align="flex-end" grow>
          <PracticeSelect
            label={t('supports.below.practice')}
            value={filters.practice ?? ''}
            onChange={(practice) => setFilters((f) => ({ ...f, practice: practice || undefined }))}
            first={t('supports.below.anyPractice')}
          />
          <NativeSelect
            label={t('supports.below.status')}
            value={filters.status ?? ''}
            onChange={(e) => setFilters((f) => ({ ...f, status: e.currentTarget.value || undefined }))}
            data={[
              { value: '', label: t('supports.below.anyStatus') },
              ...supportStatuses.map((s) => ({ value: s, label: t(`supports.statuses.${s}`) })),
            ]}
          />
        </Group>
      </Card>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Notice color="gray" title={t('supports.below.emptyTitle')} maw={760}>
          <Text size="sm">{t('supports.below.empty', { organization: organization.name })}</Text>
        </Notice>
      ) : (
        <>
          <PracticeTable organization={organization} items={list.data.items} />
          <SupportTable organization={organization} items={list.data.items} />
        </>
      )}
    </Stack>
  );
}

function PracticeTable({ organization, items }: { organization: OrganizationDetail; items: Support[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" component="section" aria-labelledby="supports-by-practice">
      <Title order={3} id="supports-by-practice">
        {t('supports.below.byPractice')}
      </Title>
      <ScrollTable
        caption={t('supports.below.byPracticeCaption', { organization: organization.name })}
        minWidth={560}
        bg="white"
        withTableBorder
        maw={760}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('supports.below.practice')}</Table.Th>
            <Table.Th scope="col">{t('supports.below.total')}</Table.Th>
            <Table.Th scope="col">{t('supports.below.open')}</Table.Th>
            <Table.Th scope="col">{t('supports.below.provided')}</Table.Th>
            <Table.Th scope="col">{t('supports.below.averageRating')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {practiceSummary(items).map((row) => (
            <Table.Tr key={row.code ?? 'none'}>
              <Table.Th scope="row">{row.code ?? t('supports.below.noPractice')}</Table.Th>
              <Table.Td>{format.number(row.total)}</Table.Td>
              <Table.Td>{format.number(row.open)}</Table.Td>
              <Table.Td>{format.number(row.provided)}</Table.Td>
              <Table.Td>
                {row.averageRating === null
                  ? t('supports.below.noRating')
                  : t('supports.below.ratingValue', { rating: format.number(row.averageRating) })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}

function SupportTable({ organization, items }: { organization: OrganizationDetail; items: Support[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable
      caption={t('supports.below.caption', { organization: organization.name })}
      minWidth={880}
      bg="white"
      withTableBorder
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('supports.below.organization')}</Table.Th>
          <Table.Th scope="col">{t('supports.below.need')}</Table.Th>
          <Table.Th scope="col">{t('supports.below.practice')}</Table.Th>
          <Table.Th scope="col">{t('supports.below.statusColumn')}</Table.Th>
          <Table.Th scope="col">{t('supports.below.provider')}</Table.Th>
          <Table.Th scope="col">{t('supports.below.rating')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Th scope="row" fw={400}>
              <AnchorLink to="/o/$orgId/supports" params={{ orgId: s.organization.id }} size="sm">
                {s.organization.name}
              </AnchorLink>
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-line' }}>{s.need}</Table.Td>
            <Table.Td>{s.practiceCode ?? t('supports.below.noPractice')}</Table.Td>
            <Table.Td>
              <SupportStatusBadge status={s.status} />
            </Table.Td>
            <Table.Td>
              {s.providerVendor
                ? t('supports.card.vendor', { name: s.providerVendor })
                : (s.providerOrganization?.name ?? '')}
            </Table.Td>
            <Table.Td>
              {s.effectivenessRating
                ? t('supports.below.ratingValue', { rating: s.effectivenessRating })
                : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

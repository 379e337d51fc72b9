import { Card, Group, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import type { FrameworkSummary } from '../../../shared/schemas/framework';
import { useMe } from '../../api/hooks';
import { SearchIcon } from '../../components/icons';
import { AnchorLink } from '../../components/links';
import { Facts } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { useTranslation } from '../../i18n';
import { useFrameworks, useOptionalOrganization } from './api';
import { FrameworkBadges, useItemCount } from './badges';

function matches(framework: FrameworkSummary, search: string) {
  const haystack = [
    framework.title,
    framework.shortTitle,
    framework.key,
    framework.source.document,
    framework.owner?.name,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

/** Every framework the caller can see, with availability as it applies to the organization in context. */
export default function LibraryPage() {
  const { t } = useTranslation();
  usePageTitle(t('frameworks.library.title'));
  const search = useSearch({ strict: false }) as { organizationId?: string };
  const me = useMe();
  const organizationId = search.organizationId ?? me.data?.memberships[0]?.organizationId ?? null;
  const organization = useOptionalOrganization(organizationId);
  const frameworks = useFrameworks(organizationId);
  const [filter, setFilter] = useState('');
  const [showEarlier, setShowEarlier] = useState(false);

  const org = organization.data;
  // What the organization must or may use comes first; the server's order holds within each group.
  const rank = (f: FrameworkSummary) =>
    f.availability === 'required' ? 0 : f.availability === 'available' ? 1 : 2;
  const shown = (frameworks.data ?? [])
    .filter((f) => (showEarlier || f.latest || f.status === 'draft') && matches(f, filter.trim()))
    .sort((a, b) => rank(a) - rank(b));

  return (
    <>
      <Stack gap={6} mb="xl">
        <Title order={1}>{t('frameworks.library.title')}</Title>
        <Text c="gray.7" maw={720}>
          {t('frameworks.library.intro')}
        </Text>
        {org && (
          <Text size="sm" c="gray.7">
            {t('frameworks.library.availabilityFor', { name: org.name })}
            {org.abilities.manageFrameworks && (
              <>
                {' '}
                {/* Administration routes are built from a table, so their paths are not typed literals. */}
                <AnchorLink to={`/o/${org.id}/frameworks` as '/'} underline="always">
                  {t('frameworks.library.manageLink', { name: org.name })}
                </AnchorLink>
              </>
            )}
          </Text>
        )}
      </Stack>
      <Card mb="lg" padding="md">
        <Group justify="space-between" align="flex-end" gap="md">
          <TextInput
            label={t('frameworks.library.filter')}
            placeholder={t('frameworks.library.filterPlaceholder')}
            leftSection={<SearchIcon size={16} />}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
            style={{ flex: 1, maxWidth: 420 }}
          />
          <Switch
            mb={8}
            label={t('frameworks.library.showEarlier')}
            checked={showEarlier}
            onChange={(event) => setShowEarlier(event.currentTarget.checked)}
          />
        </Group>
      </Card>
      {frameworks.isPending && <Loading />}
      {frameworks.error && <ErrorState error={frameworks.error} onRetry={() => frameworks.refetch()} />}
      {frameworks.data && (
        <>
          <Text size="sm" c="gray.7" role="status" mb="sm">
            {shown.length === 0
              ? filter.trim()
                ? t('frameworks.library.none', { search: filter.trim() })
                : t('frameworks.library.empty')
              : t('frameworks.library.count', { count: shown.length })}
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            {shown.map((framework) => (
              <FrameworkCard key={framework.id} framework={framework} />
            ))}
          </SimpleGrid>
        </>
      )}
    </>
  );
}

function FrameworkCard({ framework }: { framework: FrameworkSummary }) {
  const { t } = useTranslation();
  const itemCount = useItemCount();
  const headingId = `framework-${framework.id}`;
  return (
    <Card component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId}>
            <AnchorLink to="/frameworks/$frameworkId" params={{ frameworkId: framework.id }}>
              {framework.title}
            </AnchorLink>
          </Title>
          <Text size="sm" c="gray.7" mt={2}>
            {[framework.shortTitle, framework.key].filter(Boolean).join(' · ')}
            {!framework.latest && framework.status === 'published' && ` · ${t('frameworks.library.earlier')}`}
          </Text>
        </div>
        <FrameworkBadges framework={framework} />
        <Facts
          items={[
            { label: t('frameworks.library.facts.items'), value: itemCount(framework) },
            {
              label: t('frameworks.library.facts.levels'),
              value: framework.levelNames.length
                ? framework.levelNames.join(' · ')
                : t('frameworks.noLevels'),
            },
            {
              label: t('frameworks.library.facts.owner'),
              value: framework.owner
                ? t('frameworks.ownedBy', { name: framework.owner.name })
                : t('frameworks.shipped'),
            },
            { label: t('frameworks.library.facts.license'), value: framework.source.license },
          ]}
        />
        <Text size="xs" c="gray.7">
          {framework.source.attribution}
        </Text>
      </Stack>
    </Card>
  );
}

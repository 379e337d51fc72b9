import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { limits } from '../../../shared/limits';
import type { OrganizationSummary } from '../../../shared/schemas/organization';
import { useOrganizationList } from '../../api/organizations';
import { ArchivedBadge, EssaBadge, KindBadge } from '../../components/badges';
import { AnchorLink } from '../../components/links';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';

/** Organizations below `root` whose name, code or place matches, each shown with where it sits. */
export function DirectorySearch({
  root,
  search,
  includeArchived,
}: {
  root: Pick<OrganizationSummary, 'id' | 'name'>;
  search: string;
  includeArchived: boolean;
}) {
  const { t } = useTranslation();
  const results = useOrganizationList({ search, includeArchived, limit: limits.pageSizeMax });
  const below = (results.data ?? []).filter((o) => o.trail.some((a) => a.id === root.id));

  return (
    <section aria-labelledby="directory-search-results">
      <Title order={2} id="directory-search-results" size="h3" mb="xs">
        {t('directory.search.heading')}
      </Title>
      <Text size="sm" c="gray.7" role="status" mb="sm">
        {results.isPending
          ? t('app.loading')
          : below.length
            ? t('directory.search.results', { count: below.length })
            : t('directory.search.none', { name: root.name, search })}
      </Text>
      {results.isPending && <Loading />}
      {results.error && <ErrorState error={results.error} onRetry={() => results.refetch()} />}
      {below.length > 0 && (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {below.map((org) => (
            <Box
              component="li"
              key={org.id}
              py="xs"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Group gap={8}>
                <AnchorLink to="/o/$orgId" params={{ orgId: org.id }} fw={600} size="sm">
                  {org.name}
                </AnchorLink>
                <KindBadge kind={org.kind} />
                <EssaBadge status={org.essaStatus} />
                {org.archived && <ArchivedBadge />}
              </Group>
              <Text size="xs" c="gray.7" mt={2}>
                {org.trail.map((a) => a.name).join(' › ')}
                {org.cityCounty ? ` · ${org.cityCounty}` : ''}
              </Text>
            </Box>
          ))}
        </Stack>
      )}
    </section>
  );
}

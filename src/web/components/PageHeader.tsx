import { Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OrganizationSummary } from '../../shared/schemas/organization';
import { useTranslation } from '../i18n';
import { AnchorLink } from './links';
import { usePageTitle } from './usePageTitle';

/**
 * A page's place in the tree and its title. `organization` is linked as the last crumb unless the page is
 * the organization's own overview.
 */
export function PageHeader({
  organization,
  title,
  description,
  badges,
  actions,
  isOverview = false,
}: {
  organization: Pick<OrganizationSummary, 'id' | 'name' | 'trail'>;
  title: string;
  description?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
  isOverview?: boolean;
}) {
  const { t } = useTranslation();
  usePageTitle(title, isOverview ? undefined : organization.name);
  const crumbs = isOverview ? organization.trail : [...organization.trail, organization];
  return (
    <Stack gap={6} mb="xl">
      {crumbs.length > 0 && (
        <nav aria-label={t('shell.overview.trail')}>
          <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
            {crumbs.map((crumb) => (
              <AnchorLink
                key={crumb.id}
                to="/o/$orgId"
                params={{ orgId: crumb.id }}
                size="sm"
                activeOptions={{ exact: true }}
                // Wrapped crumbs on a phone must stay 24 px targets (WCAG 2.5.8).
                style={{ display: 'inline-block', minHeight: 24, lineHeight: '24px' }}
              >
                {crumb.name}
              </AnchorLink>
            ))}
          </Breadcrumbs>
        </nav>
      )}
      <Group justify="space-between" align="flex-start" gap="md">
        {/* A basis wide enough for the title, so on a phone the actions wrap below instead of squeezing it. */}
        <Stack gap={6} style={{ flex: '1 1 300px', minWidth: 0 }}>
          <Group gap="sm" align="center">
            <Title order={1}>{title}</Title>
            {badges}
          </Group>
          {description && (
            <Text c="gray.7" maw={720}>
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}

/** A definition list laid out as a two-column grid of label and value. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(140px, max-content) 1fr',
        gap: '10px 24px',
        margin: 0,
      }}
    >
      {items.map((item) => (
        <div key={item.label} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" c="gray.7" fw={500}>
            {item.label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {item.value}
          </Text>
        </div>
      ))}
    </dl>
  );
}

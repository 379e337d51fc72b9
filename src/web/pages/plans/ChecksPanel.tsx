import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { PlanCheck, PlanTree } from '../../../shared/schemas/plan';
import { AnchorLink } from '../../components/links';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { usePlanChecks } from './api';
import { type ContentTab, checkTab, contentTabs, focusTarget } from './focus';

/** The plan's open coaching checks, grouped by the tab where each is fixed, each linking to its place. */
export function ChecksPanel({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const checks = usePlanChecks(plan.id);
  if (checks.isPending) return <Loading />;
  if (checks.error) return <ErrorState error={checks.error} onRetry={() => checks.refetch()} />;

  const groups = contentTabs
    .map((tab) => ({ tab, items: checks.data.items.filter((c) => checkTab(c.path) === tab) }))
    .filter((group) => group.items.length > 0);

  return (
    <Stack gap="lg" maw={860}>
      <Text c="gray.7">{t('plans.checks.intro')}</Text>
      {groups.length === 0 ? (
        <Notice color="throughline" title={`✓ ${t('plans.checks.none')}`} role="status" />
      ) : (
        groups.map((group) => <CheckGroup key={group.tab} plan={plan} {...group} />)
      )}
    </Stack>
  );
}

function CheckGroup({ plan, tab, items }: { plan: PlanTree; tab: ContentTab; items: PlanCheck[] }) {
  const { t } = useTranslation();
  const headingId = `checks-${tab}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Group gap="sm" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t(`plans.checks.groups.${tab}`)}
        </Title>
        <Badge color="gray" tt="none">
          {t('plans.checks.groupCount', { count: items.length })}
        </Badge>
      </Group>
      <List spacing="xs" size="sm">
        {items.map((check) => (
          <List.Item key={`${check.code}:${check.path}`}>
            <AnchorLink
              to="/o/$orgId/plans/$planId"
              params={{ orgId: plan.organizationId, planId: plan.id }}
              search={{ tab: focusTarget(check.path)?.tab ?? tab, focus: check.path }}
            >
              {check.message}
            </AnchorLink>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

import { Alert, Badge, Card, Grid, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { childKinds } from '../../../shared/roles';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useMe, useOrganization } from '../../api/hooks';
import { ArchivedBadge, EssaBadge, KindBadge } from '../../components/badges';
import { AnchorLink } from '../../components/links';
import { Facts, PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { cycleSteps, useOrgId } from '../../shell/navigation';

export default function OverviewPage() {
  const orgId = useOrgId();
  const organization = useOrganization(orgId);
  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  return <Overview org={organization.data} />;
}

function Overview({ org }: { org: OrganizationDetail }) {
  const { t } = useTranslation();
  const notSet = (
    <Text span size="sm" c="gray.7">
      {t('app.notSet')}
    </Text>
  );
  const childKind = childKinds[org.kind][0];

  return (
    <>
      <PageHeader
        organization={org}
        title={org.name}
        isOverview
        badges={
          <Group gap={6}>
            <KindBadge kind={org.kind} />
            <EssaBadge status={org.essaStatus} />
            {org.archived && <ArchivedBadge />}
          </Group>
        }
      />
      {org.archived && (
        <Alert color="gray" variant="light" mb="lg">
          {t('shell.overview.archivedNotice')}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card h="100%" component="section" aria-labelledby="overview-facts">
            <Title order={2} id="overview-facts" mb="md">
              {t('shell.overview.facts')}
            </Title>
            <Facts
              items={[
                { label: t('app.fields.essaStatus'), value: t(`app.essaLong.${org.essaStatus}`) },
                { label: t('app.fields.titleIStatus'), value: t(`app.titleI.${org.titleIStatus}`) },
                { label: t('app.fields.federalDesignation'), value: org.federalDesignation ?? notSet },
                { label: t('app.fields.cityCounty'), value: org.cityCounty ?? notSet },
                { label: t('app.fields.leaderName'), value: org.leaderName ?? notSet },
                { label: t('app.fields.phone'), value: org.phone ?? notSet },
              ]}
            />
            <AnchorLink
              to="/o/$orgId/profile"
              params={{ orgId: org.id }}
              size="sm"
              mt="lg"
              display="inline-block"
            >
              {t('directory.profile.view')}
            </AnchorLink>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg" h="100%">
            <YourRoles org={org} />
            {childKind && (
              <Card component="section" aria-labelledby="overview-children">
                <Title order={2} id="overview-children" mb="xs">
                  {t('shell.overview.children')}
                </Title>
                {org.childCount > 0 ? (
                  <Text fz="xl" fw={650} c="throughline.8">
                    {t(`app.kindsPlural.${childKind}`, { count: org.childCount })}
                  </Text>
                ) : (
                  <Text size="sm" c="gray.7">
                    {t('shell.overview.noChildren')}
                  </Text>
                )}
                <AnchorLink
                  to="/o/$orgId/directory"
                  params={{ orgId: org.id }}
                  size="sm"
                  mt="sm"
                  display="inline-block"
                >
                  {t('shell.overview.openDirectory')}
                </AnchorLink>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <section aria-labelledby="overview-cycle">
        <Title order={2} id="overview-cycle" mt={40}>
          {t('shell.overview.cycle')}
        </Title>
        <Text size="sm" c="gray.7" mt={4} mb="md">
          {t('shell.overview.cycleIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {cycleSteps.map((step, index) => (
            <Card key={step.key} padding="md">
              <Group justify="space-between" mb={6}>
                <Text size="xs" fw={700} c="throughline.8" tt="uppercase">
                  {t('shell.steps.stepLabel', { number: index + 1 })}
                </Text>
                {!step.available && (
                  <Badge color="gray" variant="light" tt="none" size="sm">
                    {t('shell.steps.notAvailable')}
                  </Badge>
                )}
              </Group>
              <AnchorLink to={`/o/$orgId/${step.path}`} params={{ orgId: org.id }} fw={650}>
                {t(`shell.steps.${step.key}.title`)}
              </AnchorLink>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </>
  );
}

function YourRoles({ org }: { org: OrganizationDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const ancestors = new Map(org.trail.map((a) => [a.id, a.name]));
  const roles = (me.data?.memberships ?? []).flatMap((m) => {
    const role = t(`app.roles.${m.role}`);
    if (m.organizationId === org.id) return [t('shell.overview.roleHere', { role })];
    const above = ancestors.get(m.organizationId);
    return above ? [t('shell.overview.roleInherited', { role, organization: above })] : [];
  });
  return (
    <Card component="section" aria-labelledby="overview-roles">
      <Title order={2} id="overview-roles" mb="xs">
        {t('shell.overview.yourRoles')}
      </Title>
      {roles.length ? (
        <List size="sm" spacing={4}>
          {roles.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="gray.7">
          {t('shell.overview.noRole')}
        </Text>
      )}
    </Card>
  );
}

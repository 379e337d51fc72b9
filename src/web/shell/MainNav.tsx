import { Box, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { type ReactNode, useId } from 'react';
import { childKinds } from '../../shared/roles';
import { useOrganization } from '../api/hooks';
import { KindBadge } from '../components/badges';
import { NavLinkLink } from '../components/links';
import { useTranslation } from '../i18n';
import { cycleSteps, organizationLinks } from './navigation';

function NavGroup({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <Box>
      <Text
        id={id}
        size="xs"
        fw={700}
        tt="uppercase"
        c="gray.7"
        px="sm"
        mb={4}
        style={{ letterSpacing: 0.6 }}
      >
        {label}
      </Text>
      <Box component="ul" aria-labelledby={id} m={0} p={0} style={{ listStyle: 'none' }}>
        {children}
      </Box>
    </Box>
  );
}

function Item({
  href,
  label,
  left,
  search,
}: {
  href: string;
  label: string;
  left?: ReactNode;
  search?: Record<string, string>;
}) {
  const pathname = useRouterState({ select: (s) => s.location.pathname.replace(/\/$/, '') });
  const active = pathname === href;
  return (
    <li>
      <NavLinkLink
        // Paths are built from the route table in navigation.ts, so they always name a real route.
        to={href as '/'}
        search={search as never}
        activeOptions={{ exact: true }}
        label={label}
        leftSection={left}
        active={active}
        variant="light"
        fw={active ? 600 : 500}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    </li>
  );
}

/** The cycle steps and organization pages for the current organization; links the caller cannot use are left out. */
export function MainNav({ organizationId }: { organizationId: string | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {organizationId && <OrganizationNav organizationId={organizationId} />}
      <NavGroup label={t('shell.nav.help')}>
        <Item
          href="/frameworks"
          search={organizationId ? { organizationId } : undefined}
          label={t('shell.nav.frameworkLibrary')}
        />
        <Item href="/api-reference" label={t('shell.nav.apiReference')} />
      </NavGroup>
    </Stack>
  );
}

/** Pages about the organizations below; an organization without any does not list them. */
const belowOnly = new Set<string>(['import', 'networkAssessments', 'networkPlans']);

function OrganizationNav({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { data: org } = useOrganization(organizationId);
  const abilities = org?.abilities ?? {};
  const base = `/o/${organizationId}`;

  return (
    <>
      {org && (
        <Box px="sm" py={8} bg="throughline.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap={8} wrap="nowrap" justify="space-between" align="flex-start">
            <Text fw={650} size="sm" lh={1.35}>
              {org.name}
            </Text>
            <Box style={{ flexShrink: 0 }}>
              <KindBadge kind={org.kind} />
            </Box>
          </Group>
        </Box>
      )}
      <NavGroup label={t('shell.nav.cycle')}>
        {cycleSteps.map((step, index) => (
          <Item
            key={step.key}
            href={`${base}/${step.path}`}
            label={t(`shell.steps.${step.key}.title`)}
            left={
              <ThemeIcon size={22} radius="xl" variant="light" color="throughline" aria-hidden="true">
                <Text size="xs" fw={700}>
                  {index + 1}
                </Text>
              </ThemeIcon>
            }
          />
        ))}
      </NavGroup>
      {org && (
        <NavGroup label={t('shell.nav.organization')}>
          {organizationLinks
            .filter((link) => link.ability === null || abilities[link.ability])
            .filter((link) => !belowOnly.has(link.key) || childKinds[org.kind].length > 0)
            .map((link) => (
              <Item
                key={link.key}
                href={link.path ? `${base}/${link.path}` : base}
                label={t(`shell.nav.${link.key}`)}
              />
            ))}
        </NavGroup>
      )}
    </>
  );
}

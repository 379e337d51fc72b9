import { AppShell, Box, Burger, Group, ScrollArea } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Outlet, useParams, useRouterState } from '@tanstack/react-router';
import { Suspense, useEffect, useRef } from 'react';
import { useMe } from '../api/hooks';
import { ErrorState, Loading } from '../components/QueryState';
import { Redirect } from '../components/Redirect';
import { mainContentId } from '../components/SkipLink';
import { useTranslation } from '../i18n';
import { Brand } from './Brand';
import { InboxLink } from './InboxLink';
import { MainNav } from './MainNav';
import { OrganizationSwitcher } from './OrganizationSwitcher';
import { UserMenu } from './UserMenu';

let lastOrganizationId: string | null = null;

/** The signed-in frame. Signed-out visitors are sent to sign in and brought back afterwards. */
export default function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  // Mantine only slides a closed navbar off screen; hidden, its links leave the tab order too.
  const wide = useMediaQuery('(min-width: 62em)', true);
  const navbarHidden = !wide && !opened;
  const location = useRouterState({ select: (s) => s.location });
  const params = useParams({ strict: false });
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);

  // After navigating, start assistive technology (and the tab order) at the new page, not the old link.
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    close();
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname, close]);

  if (me.isPending) return <Loading />;
  if (me.error) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <Redirect href={`/sign-in?redirect=${encodeURIComponent(location.href)}`} />;

  if (params.orgId) lastOrganizationId = params.orgId;
  const organizationId = params.orgId ?? lastOrganizationId ?? me.data.memberships[0]?.organizationId ?? null;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', md: 'xl' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <Brand />
          </Group>
          <Box style={{ flex: 1, maxWidth: 520, minWidth: 0 }}>
            <OrganizationSwitcher me={me.data} />
          </Box>
          <Group gap="xs" wrap="nowrap">
            <InboxLink />
            <UserMenu me={me.data} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        id="app-navigation"
        aria-label={t('shell.navLabel')}
        style={navbarHidden ? { visibility: 'hidden' } : undefined}
      >
        <AppShell.Section grow component={ScrollArea} p="md">
          <MainNav organizationId={organizationId} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id={mainContentId} ref={mainRef} tabIndex={-1} bg="gray.0">
        <Box maw={1120} mx="auto">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}

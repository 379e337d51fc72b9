import { Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { LogoMark } from './icons';
import { AnchorLink } from './links';
import { mainContentId } from './SkipLink';
import { usePageTitle } from './usePageTitle';

/** The frame for pages seen before signing in: the product name, then one centred column. */
export function PublicLayout({
  children,
  title,
  size = 460,
}: {
  children: ReactNode;
  title: string;
  size?: number;
}) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Box mih="100vh">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" py="sm">
          <Group gap="xs">
            <AnchorLink to="/" c="throughline.8" underline="never" fw={700} fz="lg">
              <Group gap={8} wrap="nowrap">
                <LogoMark size={26} />
                {t('app.name')}
              </Group>
            </AnchorLink>
            <Text size="sm" c="gray.7" visibleFrom="sm" ml="sm">
              {t('app.tagline')}
            </Text>
          </Group>
        </Container>
      </Box>
      <Container component="main" id={mainContentId} tabIndex={-1} size={size} py={40}>
        {children}
      </Container>
    </Box>
  );
}

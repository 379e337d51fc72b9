import { Group } from '@mantine/core';
import { LogoMark } from '../components/icons';
import { AnchorLink } from '../components/links';
import { useTranslation } from '../i18n';

export function Brand() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/" c="throughline.8" underline="never" fw={700} fz="lg" aria-label={t('shell.homeLink')}>
      <Group gap={8} wrap="nowrap">
        <LogoMark size={26} />
        <span>{t('app.name')}</span>
      </Group>
    </AnchorLink>
  );
}

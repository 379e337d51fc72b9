import { Text, Title } from '@mantine/core';
import { AnchorLink } from '../components/links';
import { PublicLayout } from '../components/PublicLayout';
import { useTranslation } from '../i18n';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PublicLayout title={t('app.notFoundTitle')}>
      <Title order={1}>{t('app.notFoundTitle')}</Title>
      <Text mt="sm">{t('app.notFound')}</Text>
      <AnchorLink to="/" mt="md" display="inline-block">
        {t('app.goHome')}
      </AnchorLink>
    </PublicLayout>
  );
}

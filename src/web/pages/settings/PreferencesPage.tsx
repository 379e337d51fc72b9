import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { ApiError } from '../../api/client';
import { AnchorLink } from '../../components/links';
import { ErrorState, Loading } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { usePreferences, useSavePreferences } from './api';

/** The signed-in person's own notification settings: for now, the daily digest. */
export default function PreferencesPage() {
  const { t } = useTranslation();
  usePageTitle(t('reminders.settings.title'));
  const preferences = usePreferences();
  const save = useSavePreferences();

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={6}>
        <Title order={1}>{t('reminders.settings.title')}</Title>
        <Text c="gray.7">{t('reminders.settings.intro')}</Text>
      </Stack>
      {preferences.isPending ? (
        <Loading />
      ) : preferences.error ? (
        <ErrorState error={preferences.error} onRetry={() => preferences.refetch()} />
      ) : (
        <Paper withBorder p="lg" component="section" aria-labelledby="email-settings">
          <Stack gap="md">
            <Title order={2} size="h3" id="email-settings">
              {t('reminders.settings.email')}
            </Title>
            <Switch
              label={t('reminders.settings.digest')}
              description={t('reminders.settings.digestHelp')}
              checked={preferences.data.dailyDigest}
              disabled={save.isPending}
              onChange={(event) =>
                save.mutate({
                  dailyDigest: event.currentTarget.checked,
                  version: preferences.data.version ?? undefined,
                })
              }
            />
            <Text size="sm" c="gray.7" role="status" aria-live="polite" mih={20}>
              {save.isPending
                ? t('reminders.settings.saving')
                : save.isSuccess
                  ? t(save.data.dailyDigest ? 'reminders.settings.savedOn' : 'reminders.settings.savedOff')
                  : ''}
            </Text>
            {save.error && (
              <Notice color="red" role="alert">
                <Text size="sm">
                  {save.error instanceof ApiError && save.error.status === 409
                    ? t('reminders.settings.conflict')
                    : save.error.message}
                </Text>
              </Notice>
            )}
            <AnchorLink to="/inbox" size="sm">
              {t('reminders.settings.inbox')}
            </AnchorLink>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

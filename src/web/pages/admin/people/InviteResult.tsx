import { CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { CopyField } from '../common/CopyField';
import type { InvitationCreated } from '../types';

/** After inviting: the link to pass on by hand when the server does not send email itself. */
export function InviteResult({ result, onClose }: { result: InvitationCreated; onClose: () => void }) {
  const { t } = useTranslation();
  const { invitation, link } = result;
  return (
    <Paper withBorder p="md" bg="throughline.0">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} role="status">
            {t('admin.people.invited', {
              email: invitation.email,
              role: t(`app.roles.${invitation.role}`),
            })}
          </Text>
          <CloseButton size="sm" aria-label={t('admin.common.dismiss')} onClick={onClose} />
        </Group>
        {link ? (
          <>
            <CopyField label={t('admin.people.invitationLink')} value={link} />
            <Text size="sm">{t('admin.people.linkNote')}</Text>
          </>
        ) : (
          <Text size="sm">{t('admin.people.emailed')}</Text>
        )}
      </Stack>
    </Paper>
  );
}

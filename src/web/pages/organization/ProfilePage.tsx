import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useOrganization } from '../../api/hooks';
import { ArchivedBadge, EssaBadge, KindBadge } from '../../components/badges';
import { Facts, PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { ManageOrganization } from './ManageOrganization';
import { ProfileForm } from './ProfileForm';

export default function ProfilePage() {
  const organization = useOrganization(useOrgId());
  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  return <Profile org={organization.data} reload={() => organization.refetch()} />;
}

function Profile({ org, reload }: { org: OrganizationDetail; reload: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  // Bumped after a reload so the form starts again from the stored values.
  const [formKey, setFormKey] = useState(0);
  const canEdit = org.abilities.update;
  const canManage = org.abilities.archive || org.abilities.move;
  const value = (v: string | null) =>
    v ?? (
      <Text span size="sm" c="gray.7">
        {t('app.notSet')}
      </Text>
    );

  return (
    <>
      <PageHeader
        organization={org}
        title={t('directory.profile.title')}
        badges={
          <Group gap={6}>
            <KindBadge kind={org.kind} />
            <EssaBadge status={org.essaStatus} />
            {org.archived && <ArchivedBadge />}
          </Group>
        }
      />
      <div role="status">
        {saved && !editing && (
          <Alert
            color="throughline"
            variant="light"
            mb="lg"
            withCloseButton
            onClose={() => setSaved(false)}
            closeButtonLabel={t('app.close')}
          >
            {t('directory.profile.saved')}
          </Alert>
        )}
      </div>
      <Stack gap="lg">
        {editing ? (
          <Card component="section" aria-labelledby="profile-edit">
            <Title order={2} id="profile-edit" mb="md">
              {t('directory.profile.editTitle')}
            </Title>
            <ProfileForm
              key={formKey}
              org={org}
              reload={async () => {
                await reload();
                setFormKey((k) => k + 1);
              }}
              onCancel={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
              }}
            />
          </Card>
        ) : (
          <Card component="section" aria-labelledby="profile-view">
            <Group justify="space-between" mb="md">
              <Title order={2} id="profile-view">
                {org.name}
              </Title>
              {canEdit && (
                <Button
                  variant="default"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t('directory.profile.editTitle')}
                </Button>
              )}
            </Group>
            <Facts
              items={[
                { label: t('app.fields.kind'), value: t(`app.kinds.${org.kind}`) },
                { label: t('app.fields.code'), value: value(org.code) },
                { label: t('app.fields.cityCounty'), value: value(org.cityCounty) },
                { label: t('app.fields.zipCode'), value: value(org.zipCode) },
                { label: t('app.fields.phone'), value: value(org.phone) },
                { label: t('app.fields.leaderName'), value: value(org.leaderName) },
                { label: t('app.fields.contactName'), value: value(org.contactName) },
                { label: t('app.fields.contactEmail'), value: value(org.contactEmail) },
                { label: t('app.fields.districtLiaison'), value: value(org.districtLiaison) },
                { label: t('app.fields.essaStatus'), value: t(`app.essaLong.${org.essaStatus}`) },
                { label: t('app.fields.titleIStatus'), value: t(`app.titleI.${org.titleIStatus}`) },
                { label: t('app.fields.federalDesignation'), value: value(org.federalDesignation) },
              ]}
            />
            <Text size="xs" c="gray.7" mt="lg">
              {t('directory.profile.lastUpdated', {
                date: new Date(org.updatedAt).toLocaleString(i18n.language, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }),
              })}
            </Text>
            {!canEdit && !org.archived && (
              <Text size="sm" c="gray.7" mt="sm">
                {t('directory.profile.readOnly')}
              </Text>
            )}
          </Card>
        )}
        {canManage && !editing && <ManageOrganization org={org} />}
      </Stack>
    </>
  );
}

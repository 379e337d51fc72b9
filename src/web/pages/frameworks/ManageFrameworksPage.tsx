import { Text } from '@mantine/core';
import { childKinds } from '../../../shared/roles';
import { AnchorLink } from '../../components/links';
import { useTranslation } from '../../i18n';
import { AdminPage } from '../admin/common/AdminPage';
import { Notice } from '../admin/common/Notice';
import { Section } from '../admin/common/Section';
import { Availability } from './manage/AvailabilityTable';
import { ImportFramework } from './manage/ImportFramework';
import { OwnFrameworks } from './manage/OwnFrameworks';

/** What the organizations below may or must use, and the organization's own frameworks. */
export default function ManageFrameworksPage({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  return (
    <AdminPage
      organizationId={organizationId}
      title={t('frameworks.manage.title')}
      requires="manageFrameworks"
    >
      {(org) => (
        <>
          <Text c="gray.7" maw={760} mt={-16}>
            {t('frameworks.manage.intro', { name: org.name })}{' '}
            <AnchorLink to="/frameworks" search={{ organizationId: org.id }} underline="always">
              {t('frameworks.manage.openLibrary')}
            </AnchorLink>
          </Text>
          <Section
            id="frameworks-availability"
            title={t('frameworks.manage.availabilityTitle')}
            intro={t('frameworks.manage.availabilityIntro', { name: org.name })}
          >
            {childKinds[org.kind].length === 0 ? (
              <Notice color="gray">{t('frameworks.manage.noChildren', { name: org.name })}</Notice>
            ) : (
              <Availability org={org} />
            )}
          </Section>
          <Section
            id="frameworks-own"
            title={t('frameworks.manage.ownTitle', { name: org.name })}
            intro={t('frameworks.manage.ownIntro')}
          >
            <OwnFrameworks org={org} />
          </Section>
          <Section id="frameworks-import" title={t('frameworks.manage.importTitle')}>
            <ImportFramework organizationId={org.id} />
          </Section>
        </>
      )}
    </AdminPage>
  );
}

import { Anchor, Text } from '@mantine/core';
import { childKinds } from '../../../shared/roles';
import { useTranslation } from '../../i18n';
import { AdminPage } from './common/AdminPage';
import { Notice } from './common/Notice';
import { Section } from './common/Section';
import { exampleHref } from './import/columns';
import { ImportColumns } from './import/ImportColumns';
import { Importer } from './import/Importer';

/** Adds many schools (and, under a state, districts) from one CSV file, checked before anything is written. */
export default function ImportOrganizationsPage({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  return (
    <AdminPage organizationId={organizationId} title={t('admin.import.title')} requires="createChild">
      {(organization) =>
        childKinds[organization.kind].length === 0 ? (
          <Notice color="gray" title={t('admin.import.notHereTitle')}>
            {t('admin.import.notHere', { organization: organization.name })}
          </Notice>
        ) : (
          <>
            <Section id="import-upload" title={t('admin.import.uploadTitle')}>
              <Text>{t(`admin.import.intro.${organization.kind}`, { organization: organization.name })}</Text>
              <Text>
                <Anchor
                  href={exampleHref(organization.kind)}
                  download="throughline-organizations-example.csv"
                >
                  {t('admin.import.downloadExample')}
                </Anchor>{' '}
                · <Anchor href="#import-columns">{t('admin.import.seeColumns')}</Anchor>
              </Text>
              <Importer organization={organization} />
            </Section>
            <Section id="import-columns" title={t('admin.import.columnsTitle')}>
              <ImportColumns />
            </Section>
          </>
        )
      }
    </AdminPage>
  );
}

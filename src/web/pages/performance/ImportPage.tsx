import { Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { ButtonLink } from '../assessments/links';
import { ImportWizard } from './ImportWizard';
import { OrganizationFrame } from './OrganizationFrame';

/** Figures from a CSV or Excel file: choose, map the columns, check every row, then save all or nothing. */
export default function ImportPage() {
  const { t } = useTranslation();
  return (
    <OrganizationFrame
      title={t('performance.import.title')}
      description={t('performance.import.intro')}
      actions={(org) => (
        <ButtonLink variant="default" to="/o/$orgId/data" params={{ orgId: org.id }}>
          {t('performance.import.backToData')}
        </ButtonLink>
      )}
    >
      {(org) =>
        org.abilities.writePlan ? (
          <ImportWizard organization={org} />
        ) : (
          <Notice color="gray" title={t('performance.import.notAllowedTitle')}>
            <Text size="sm">{t('performance.import.notAllowed', { organization: org.name })}</Text>
          </Notice>
        )
      }
    </OrganizationFrame>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { AdminPage } from './common/AdminPage';
import { Section } from './common/Section';
import { CreateTokenForm } from './tokens/CreateTokenForm';
import { TokensTable } from './tokens/TokensTable';

/** Tokens that let other systems use the API as this organization. */
export default function ApiTokensPage({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  return (
    <AdminPage organizationId={organizationId} title={t('admin.tokens.title')} requires="manageTokens">
      {(organization) => (
        <>
          <Text>{t('admin.tokens.intro')}</Text>
          <Section id="tokens-list" title={t('admin.tokens.listTitle')}>
            <TokensTable organizationId={organizationId} organizationName={organization.name} />
          </Section>
          <Section id="tokens-create" title={t('admin.tokens.createTitle')}>
            <CreateTokenForm organizationId={organizationId} />
          </Section>
        </>
      )}
    </AdminPage>
  );
}

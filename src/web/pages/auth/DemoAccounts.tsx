import { Button, Card, Code, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { SetupStatus } from '../../api/session';
import { useTranslation } from '../../i18n';

type Account = SetupStatus['demoAccounts'][number];

/** The demo network's people, one click from signing in as each. */
export function DemoAccounts({
  accounts,
  disabled,
  onSignIn,
}: {
  accounts: Account[];
  disabled: boolean;
  onSignIn: (account: Account) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card shadow="xs" component="section" aria-labelledby="demo-accounts-title">
      <Title order={2} id="demo-accounts-title">
        {t('auth.signIn.demoTitle')}
      </Title>
      <Text size="sm" c="gray.7" mt={6} mb="md">
        {t('auth.signIn.demoIntro')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-labelledby="demo-accounts-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('auth.signIn.demoEmail')}</Table.Th>
              <Table.Th scope="col">{t('auth.signIn.demoPassword')}</Table.Th>
              <Table.Th scope="col">{t('auth.signIn.demoRole')}</Table.Th>
              <Table.Th scope="col">{t('auth.signIn.demoOrganization')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('auth.signIn.demoAction')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accounts.map((account) => (
              <Table.Tr key={account.email}>
                <Table.Td>{account.email}</Table.Td>
                <Table.Td>
                  <Code>{account.password}</Code>
                </Table.Td>
                <Table.Td>{t(`app.roles.${account.role}`, { defaultValue: account.role })}</Table.Td>
                <Table.Td>{account.organization}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    disabled={disabled}
                    aria-label={t('auth.signIn.signInAsLabel', { email: account.email })}
                    onClick={() => onSignIn(account)}
                  >
                    {t('auth.signIn.signInAs')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

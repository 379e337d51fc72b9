import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type TokenScope, tokenScopes } from '../../../../shared/roles';
import { useTranslation } from '../../../i18n';
import { CopyField } from '../common/CopyField';
import { fieldError, formError } from '../common/errors';
import { Notice } from '../common/Notice';
import { useCreateApiToken } from './api';

/** Creates a token and shows its secret the one time the server returns it. */
export function CreateTokenForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const create = useCreateApiToken(organizationId);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, scope }, { onSuccess: () => setName('') });
  };
  const general = formError(create.error, ['name', 'scope']);

  return (
    <Stack gap="md">
      <form onSubmit={submit} noValidate aria-label={t('admin.tokens.createTitle')}>
        <Stack gap="sm">
          <TextInput
            label={t('admin.tokens.name')}
            description={t('admin.tokens.nameHelp')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(create.error, 'name')}
            maw={480}
          />
          <Radio.Group
            label={t('admin.tokens.scope')}
            value={scope}
            onChange={(value) => setScope(value as TokenScope)}
            error={fieldError(create.error, 'scope')}
            required
          >
            <Stack gap="xs" mt="xs">
              {tokenScopes.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`admin.tokens.scopes.${value}.label`)}
                  description={t(`admin.tokens.scopes.${value}.description`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {general && (
            <Notice color="red" role="alert">
              {general}
            </Notice>
          )}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('admin.tokens.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {create.isSuccess && (
        <Notice
          color="yellow"
          variant="outline"
          title={t('admin.tokens.secretTitle', { name: create.data.token.name })}
        >
          <Stack gap="sm">
            <Text role="status" c="dark.9">
              {t('admin.tokens.secretWarning')}
            </Text>
            <CopyField label={t('admin.tokens.secret')} value={create.data.secret} />
            <Text size="sm" c="dark.9">
              {t('admin.tokens.secretUsage')}
            </Text>
            <Group>
              <Button variant="default" onClick={create.reset}>
                {t('admin.tokens.secretDone')}
              </Button>
            </Group>
          </Stack>
        </Notice>
      )}
    </Stack>
  );
}

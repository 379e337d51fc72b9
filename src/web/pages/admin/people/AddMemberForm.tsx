import { Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Role } from '../../../../shared/roles';
import { useTranslation } from '../../../i18n';
import { fieldError, formError } from '../common/errors';
import { Notice } from '../common/Notice';
import { StatusMessage } from '../common/StatusMessage';
import { useAddMember } from './api';
import { RoleSelect } from './RoleSelect';

/** Gives a role to someone who already has an account. */
export function AddMemberForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const add = useAddMember(organizationId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [roleMissing, setRoleMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!role) return setRoleMissing(true);
    add.mutate(
      { email, role },
      {
        onSuccess: () => {
          setEmail('');
          setRole(null);
        },
      },
    );
  };

  const general = formError(add.error, ['email', 'role']);
  return (
    <form onSubmit={submit} noValidate aria-label={t('admin.people.addTitle')}>
      <Stack gap="sm">
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <TextInput
            label={t('admin.people.email')}
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError(add.error, 'email')}
          />
          <RoleSelect
            value={role}
            onChange={(value) => {
              setRole(value);
              setRoleMissing(false);
            }}
            error={roleMissing ? t('admin.people.roleRequired') : fieldError(add.error, 'role')}
          />
        </Group>
        {general && (
          <Notice color="red" role="alert">
            {general}
          </Notice>
        )}
        {add.isSuccess && (
          <StatusMessage onClose={add.reset}>
            {t('admin.people.addedMessage', {
              name: add.data.person.name,
              role: t(`app.roles.${add.data.role}`),
            })}
          </StatusMessage>
        )}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('admin.people.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

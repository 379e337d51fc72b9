import { Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Role } from '../../../../shared/roles';
import { useTranslation } from '../../../i18n';
import { fieldError, formError } from '../common/errors';
import { Notice } from '../common/Notice';
import { useInvite } from './api';
import { InviteResult } from './InviteResult';
import { RoleSelect } from './RoleSelect';

/** Invites someone by email; they choose their own password when they accept. */
export function InviteForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const invite = useInvite(organizationId);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [roleMissing, setRoleMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!role) return setRoleMissing(true);
    invite.mutate(
      { email, role, ...(name.trim() ? { name: name.trim() } : {}) },
      {
        onSuccess: () => {
          setEmail('');
          setName('');
          setRole(null);
        },
      },
    );
  };

  const general = formError(invite.error, ['email', 'name', 'role']);
  return (
    <form onSubmit={submit} noValidate aria-label={t('admin.people.inviteTitle')}>
      <Stack gap="sm">
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <TextInput
            label={t('admin.people.email')}
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError(invite.error, 'email')}
          />
          <TextInput
            label={t('admin.people.nameOptional')}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(invite.error, 'name')}
          />
        </Group>
        <RoleSelect
          value={role}
          onChange={(value) => {
            setRole(value);
            setRoleMissing(false);
          }}
          error={roleMissing ? t('admin.people.roleRequired') : fieldError(invite.error, 'role')}
        />
        {general && (
          <Notice color="red" role="alert">
            {general}
          </Notice>
        )}
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t('admin.people.inviteSubmit')}
          </Button>
        </Group>
        {invite.isSuccess && <InviteResult result={invite.data} onClose={invite.reset} />}
      </Stack>
    </form>
  );
}

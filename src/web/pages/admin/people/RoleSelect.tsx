import { Select, Stack, Text } from '@mantine/core';
import { type Role, roles } from '../../../../shared/roles';
import { useTranslation } from '../../../i18n';

type Props = { value: Role | null; onChange: (role: Role | null) => void; error?: string; label?: string };

/** Role picker that says what each role may do, in the list and beneath the chosen one. */
export function RoleSelect({ value, onChange, error, label }: Props) {
  const { t } = useTranslation();
  return (
    <Select<Role>
      label={label ?? t('admin.people.role')}
      placeholder={t('admin.people.chooseRole')}
      data={roles.map((role) => ({ value: role, label: t(`app.roles.${role}`) }))}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      required
      error={error}
      description={value ? t(`admin.roles.${value}`) : t('admin.people.roleHelp')}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {option.label}
          </Text>
          <Text size="xs" c="gray.7">
            {t(`admin.roles.${option.value}`)}
          </Text>
        </Stack>
      )}
    />
  );
}

import { Badge } from '@mantine/core';
import type { Role } from '../../../../shared/roles';
import { useTranslation } from '../../../i18n';

const colors: Record<Role, string> = {
  administrator: 'red',
  leader: 'violet',
  team_member: 'blue',
  action_owner: 'grape',
  coach: 'indigo',
  viewer: 'gray',
};

// Badge labels clip with an ellipsis by default, which cuts role names in narrow table columns.
const noTruncate = { root: { flexShrink: 0 }, label: { overflow: 'visible' } };

/** Light badge with the darkest shade for text, which keeps AA contrast for every color. */
export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[role]} c={`${colors[role]}.9`} tt="none" styles={noTruncate}>
      {t(`app.roles.${role}`)}
    </Badge>
  );
}

export function StateBadge({ color, children }: { color: string; children: string }) {
  return (
    <Badge variant="light" color={color} c={`${color}.9`} tt="none" styles={noTruncate}>
      {children}
    </Badge>
  );
}

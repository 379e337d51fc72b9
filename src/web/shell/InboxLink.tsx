import { ActionIcon, type ActionIconProps, Indicator } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';
import { BellIcon } from '../components/icons';
import { useTranslation } from '../i18n';
import { useNotifications } from '../pages/inbox/api';

type LinkIconProps = ActionIconProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };
function LinkIconBase(props: LinkIconProps) {
  return <ActionIcon component="a" {...props} />;
}
const LinkIcon = createLink(LinkIconBase);

/** The header's way to the inbox; its name says how many are unread, the dot only repeats it. */
export function InboxLink() {
  const { t } = useTranslation();
  const list = useNotifications();
  const unread = list.data?.unreadCount ?? 0;
  return (
    <Indicator
      disabled={unread === 0}
      label={<span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
      size={18}
      color="red.8"
      offset={4}
    >
      <LinkIcon
        to="/inbox"
        variant="subtle"
        color="gray.8"
        size="lg"
        aria-label={t('planNetwork.inbox.bell', { count: unread })}
      >
        <BellIcon size={20} />
      </LinkIcon>
    </Indicator>
  );
}

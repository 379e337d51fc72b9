import { Anchor, type AnchorProps, NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorBaseProps = AnchorProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };
function AnchorBase(props: AnchorBaseProps) {
  return <Anchor {...props} />;
}
const CreatedAnchorLink = createLink(AnchorBase);

/** A Mantine anchor that navigates within the app, with typed route params. */
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => <CreatedAnchorLink {...props} />;

type NavLinkBaseProps = NavLinkProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };
function NavLinkBase(props: NavLinkBaseProps) {
  return <NavLink component="a" {...props} />;
}
const CreatedNavLink = createLink(NavLinkBase);

/** A Mantine navigation link that navigates within the app. */
export const NavLinkLink: LinkComponent<typeof NavLinkBase> = (props) => <CreatedNavLink {...props} />;

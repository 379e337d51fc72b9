import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Loading } from './QueryState';

/**
 * Replaces the current entry with `href`, once. The router's own <Navigate> navigates again whenever its
 * props object changes, which with inline props restarts a pending navigation on every render.
 */
export function Redirect({ href }: { href: string }) {
  const navigate = useNavigate();
  const target = useRef(href);
  useEffect(() => {
    void navigate({ href: target.current, replace: true });
  }, [navigate]);
  return <Loading />;
}

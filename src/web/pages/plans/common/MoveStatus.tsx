import { WriteError, type WriteErrorProps } from '../WriteError';
import { LiveMessage } from './LiveMessage';
import type { Move } from './useMove';

type Props = Pick<WriteErrorProps, 'hint' | 'conflictColor' | 'onReloaded'> & { planId: string; move: Move };

/** Below a list with move buttons: where the last move took the item, for screen readers, or why it failed. */
export function MoveStatus({ planId, move, ...conflict }: Props) {
  return (
    <>
      <WriteError planId={planId} error={move.error} {...conflict} />
      <LiveMessage message={move.announcement} />
    </>
  );
}

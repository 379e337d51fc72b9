import { ActionIcon, Group } from '@mantine/core';
import { ArrowDownIcon, ArrowUpIcon } from '../../../components/icons';
import type { Move } from './useMove';

type Props = {
  ids: readonly string[];
  index: number;
  move: Move;
  upLabel: string;
  downLabel: string;
  /** What to announce once moved, given the new position from 1. */
  done: (position: number) => string;
};

/** Up and down buttons for one item of a list; the ends disable the way out. */
export function MoveButtons({ ids, index, move, upLabel, downLabel, done }: Props) {
  const id = ids[index];
  if (ids.length < 2) return null;
  const go = (delta: -1 | 1) => !move.pending && move.move(ids, index, delta, done);
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        id={`move-${id}-up`}
        variant="default"
        aria-label={upLabel}
        disabled={index === 0}
        onClick={() => go(-1)}
      >
        <ArrowUpIcon />
      </ActionIcon>
      <ActionIcon
        id={`move-${id}-down`}
        variant="default"
        aria-label={downLabel}
        disabled={index === ids.length - 1}
        onClick={() => go(1)}
      >
        <ArrowDownIcon />
      </ActionIcon>
    </Group>
  );
}

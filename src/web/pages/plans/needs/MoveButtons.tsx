import { ActionIcon, Group } from '@mantine/core';
import { ArrowDownIcon, ArrowUpIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import type { Move } from './useMove';

type Props = { ids: readonly string[]; index: number; label: string; move: Move };

/** Up and down buttons for one item of a list; the ends disable the way out. */
export function MoveButtons({ ids, index, label, move }: Props) {
  const { t } = useTranslation();
  const id = ids[index];
  if (ids.length < 2) return null;
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        id={`move-${id}-up`}
        variant="default"
        size="md"
        aria-label={t('planNeeds.actions.moveUp', { label })}
        disabled={index === 0}
        onClick={() => !move.pending && move.move(ids, index, -1, label)}
      >
        <ArrowUpIcon />
      </ActionIcon>
      <ActionIcon
        id={`move-${id}-down`}
        variant="default"
        size="md"
        aria-label={t('planNeeds.actions.moveDown', { label })}
        disabled={index === ids.length - 1}
        onClick={() => !move.pending && move.move(ids, index, 1, label)}
      >
        <ArrowDownIcon />
      </ActionIcon>
    </Group>
  );
}

import { Paper, SimpleGrid, Stack, Text, Textarea, Title, type TitleOrder } from '@mantine/core';
import { useId, useState } from 'react';
import type { FrameworkItem, FrameworkLevel } from '../../../../shared/schemas/framework-format';
import { useTranslation } from '../../../i18n';
import { itemLabel } from '../common';
import { LevelOptions } from './LevelOptions';

export type RatingValue = { levelKey: string | null; evidence: string; notes: string };

/** Questions to consider and look-fors, folded away until wanted. */
export function ItemGuidance({ item }: { item: FrameworkItem }) {
  const { t } = useTranslation();
  if (item.questions.length === 0 && item.lookFors.length === 0) return null;
  return (
    <details className="item-extra">
      <summary>{t('assessments.rate.guidance')}</summary>
      {item.questions.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="xs">
            {t('assessments.rate.questions')}
          </Text>
          <ul>
            {item.questions.map((q) => (
              <li key={q}>
                <Text size="sm">{q}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {item.lookFors.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="xs">
            {t('assessments.rate.lookFors')}
          </Text>
          <ul>
            {item.lookFors.map((q) => (
              <li key={q}>
                <Text size="sm">{q}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

type Props = {
  item: FrameworkItem;
  levels: FrameworkLevel[];
  headingOrder: TitleOrder;
  initial: RatingValue;
  readOnly: boolean;
  /** `immediate` for a level choice; typing waits for a pause. */
  onChange: (value: RatingValue, immediate: boolean) => void;
};

/** One rated item: its descriptors per level to choose from, and the rater's evidence and notes. */
export function ItemRating({ item, levels, headingOrder, initial, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [value, setValue] = useState(initial);
  const update = (patch: Partial<RatingValue>, immediate: boolean) => {
    const next = { ...value, ...patch };
    setValue(next);
    onChange(next, immediate);
  };
  return (
    <Paper
      withBorder
      p="md"
      role="group"
      aria-labelledby={headingId}
      id={`item-${item.key}`}
      tabIndex={-1}
      data-rated={value.levelKey ? 'true' : 'false'}
    >
      <Stack gap="sm">
        <Title order={headingOrder} id={headingId} fz="md" lh={1.4}>
          {itemLabel(item)}
        </Title>
        {item.text && <Text size="sm">{item.text}</Text>}
        <ItemGuidance item={item} />
        <LevelOptions
          label={t('assessments.rate.levelFor', { item: item.code ?? item.title })}
          levels={levels}
          item={item}
          value={value.levelKey}
          onChange={(levelKey) => update({ levelKey }, true)}
          disabled={readOnly}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={item.evidencePrompt ?? t('assessments.rate.evidence')}
            description={t('assessments.rate.evidenceHelp')}
            autosize
            minRows={2}
            maxRows={8}
            value={value.evidence}
            onChange={(e) => update({ evidence: e.currentTarget.value }, false)}
            readOnly={readOnly}
          />
          <Textarea
            label={t('assessments.rate.notes')}
            description={t('assessments.rate.notesHelp')}
            autosize
            minRows={2}
            maxRows={8}
            value={value.notes}
            onChange={(e) => update({ notes: e.currentTarget.value }, false)}
            readOnly={readOnly}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

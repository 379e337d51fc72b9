import { Box, Text } from '@mantine/core';
import { useId } from 'react';
import type { FrameworkItem, FrameworkLevel } from '../../../../shared/schemas/framework-format';
import { useTranslation } from '../../../i18n';

/** The data's notes often restate that the text is illegible; the label already says so. */
const illegibleNote = (note: string) => {
  const rest = note.replace(/^illegible in (the )?source:\s*/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
};

/** A level's descriptor for this item, else the scale's own wording for that level. */
function Descriptor({ item, level }: { item: FrameworkItem | null; level: FrameworkLevel }) {
  const { t } = useTranslation();
  const rows = item?.descriptors[level.key];
  if (!rows?.length) {
    const text = level.descriptor ?? level.description;
    return text ? (
      <Text component="span" display="block" size="sm">
        {text}
      </Text>
    ) : null;
  }
  return (
    <>
      {rows.map((row, index) =>
        row.text === null ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <Text key={index} component="span" display="block" size="sm" fs="italic" c="gray.7">
            {t('assessments.rate.illegible', { note: illegibleNote(row.note) })}
          </Text>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <Text key={index} component="span" display="block" size="sm">
            {row.text}
          </Text>
        ),
      )}
    </>
  );
}

type Props = {
  label: string;
  levels: FrameworkLevel[];
  /** With an item, each level shows that item's descriptor; without, only the level names. */
  item: FrameworkItem | null;
  value: string | null;
  onChange: (levelKey: string) => void;
  disabled?: boolean;
};

/**
 * The levels as a labelled group of native radios: side by side on wide screens, stacked below. Each option's
 * name is the level; its descriptor is the description, so a screen reader reads both without a long name.
 */
export function LevelOptions({ label, levels, item, value, onChange, disabled }: Props) {
  const name = useId();
  return (
    <Box
      role="radiogroup"
      aria-label={label}
      className={item ? 'level-options' : 'level-options level-options-compact'}
      style={{ '--level-count': levels.length } as React.CSSProperties}
    >
      {levels.map((level) => {
        const id = `${name}-${level.key}`;
        return (
          <label key={level.key} htmlFor={id} className="level-option" data-disabled={disabled || undefined}>
            <span className="level-option-head">
              <input
                type="radio"
                id={id}
                name={name}
                value={level.key}
                checked={value === level.key}
                onChange={() => onChange(level.key)}
                disabled={disabled}
                aria-labelledby={`${id}-name`}
                aria-describedby={item ? `${id}-text` : undefined}
              />
              <Text component="span" id={`${id}-name`} fw={650} size="sm">
                {level.name}
              </Text>
            </span>
            {item && (
              <span id={`${id}-text`} className="level-option-text">
                <Descriptor item={item} level={level} />
              </span>
            )}
          </label>
        );
      })}
    </Box>
  );
}

import { List, Stack, Text } from '@mantine/core';
import type { NeedsElements } from '../../../../shared/schemas/plan';
import type { NeedsElementKey } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { elementGroups, elementLines, isOtherKey } from './elements';

/** The ticked elements, read-only, grouped as the template groups them. */
export function ElementsSummary({ elements }: { elements: NeedsElements }) {
  const { t } = useTranslation();
  const name = (key: NeedsElementKey) => {
    const text = isOtherKey(key) ? elements.other[key] : null;
    return text ? t('planNeeds.elements.otherValue', { text }) : t(`planNeeds.elements.keys.${key}`);
  };
  const groups = elementGroups
    .map((group) => ({
      label: t(`planNeeds.elements.groups.${group.key}`),
      items: group.items.filter((k) => elements.checked.includes(k)).map(name),
    }))
    .filter((group) => group.items.length > 0);
  const lines = elementLines.filter((k) => elements.checked.includes(k));

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('planNeeds.elements.legend')}</Text>
      {groups.length === 0 && lines.length === 0 ? (
        <Text c="gray.7">{t('planNeeds.elements.none')}</Text>
      ) : (
        <List spacing={4}>
          {groups.map((group) => (
            <List.Item key={group.label}>
              <Text span fw={600}>
                {group.label}:
              </Text>{' '}
              {group.items.join(', ')}
            </List.Item>
          ))}
          {lines.map((key) => (
            <List.Item key={key}>
              {key === 'other' ? name(key) : t(`planNeeds.elements.keys.${key}`)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

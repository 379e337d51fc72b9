import { Checkbox, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { limits } from '../../../../shared/limits';
import type { NeedsElementKey } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { elementGroups, elementLines, isOtherKey } from './elements';

export type ElementsValue = { checked: NeedsElementKey[]; other: Partial<Record<NeedsElementKey, string>> };

type Props = {
  value: ElementsValue;
  onChange: (value: ElementsValue) => void;
  fieldError: (path: string) => string | undefined;
};

/** Tool A's checklist of what the needs assessment examined; ticking an "other" box asks what it was. */
export function ElementsChecklist({ value, onChange, fieldError }: Props) {
  const { t } = useTranslation();
  const setGroup = (keys: readonly NeedsElementKey[], chosen: NeedsElementKey[]) =>
    onChange({ ...value, checked: [...value.checked.filter((k) => !keys.includes(k)), ...chosen] });
  const toggle = (key: NeedsElementKey, on: boolean) =>
    onChange({ ...value, checked: on ? [...value.checked, key] : value.checked.filter((k) => k !== key) });

  const otherInput = (key: NeedsElementKey) =>
    value.checked.includes(key) && (
      <TextInput
        label={t(`planNeeds.elements.otherLabels.${key}`)}
        styles={{ label: { fontWeight: 400 } }}
        value={value.other[key] ?? ''}
        maxLength={limits.shortTextMax}
        onChange={(event) =>
          onChange({ ...value, other: { ...value.other, [key]: event.currentTarget.value } })
        }
        error={fieldError(`elements.other.${key}`)}
        ml={30}
      />
    );

  return (
    <Fieldset legend={t('planNeeds.elements.legend')}>
      <Stack gap="lg">
        <Text size="sm" c="gray.7">
          {t('planNeeds.elements.help')}
        </Text>
        {fieldError('elements.checked') && (
          <Text size="sm" c="red.9">
            {fieldError('elements.checked')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
          {elementGroups.map((group) => {
            const name = t(`planNeeds.elements.groups.${group.key}`);
            return (
              <Checkbox.Group
                key={group.key}
                label={name}
                value={value.checked.filter((k) => group.items.includes(k))}
                onChange={(chosen) => setGroup(group.items, chosen as NeedsElementKey[])}
                styles={{ label: { fontWeight: 600 } }}
              >
                <Stack gap="xs" mt="xs">
                  {group.items.map((key) => (
                    <Stack key={key} gap={6}>
                      <Checkbox value={key} label={t(`planNeeds.elements.keys.${key}`)} />
                      {isOtherKey(key) && otherInput(key)}
                    </Stack>
                  ))}
                </Stack>
              </Checkbox.Group>
            );
          })}
        </SimpleGrid>
        <Stack gap="sm">
          {elementLines.map((key) => (
            <Stack key={key} gap={6}>
              <Checkbox
                label={t(`planNeeds.elements.keys.${key}`)}
                description={key === 'other' ? undefined : t(`planNeeds.elements.examples.${key}`)}
                checked={value.checked.includes(key)}
                onChange={(event) => toggle(key, event.currentTarget.checked)}
                styles={{ label: { fontWeight: 600 } }}
              />
              {isOtherKey(key) && otherInput(key)}
            </Stack>
          ))}
        </Stack>
      </Stack>
    </Fieldset>
  );
}

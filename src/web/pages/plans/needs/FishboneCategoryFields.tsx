import { Button, Fieldset, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { limits } from '../../../../shared/limits';
import type { FishboneCategory } from '../../../../shared/schemas/plan';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { DangerButton } from '../../admin/common/DangerButton';
import { emptyCause } from './drafts';
import { FishboneCauseFields } from './FishboneCauseFields';
import { focusControl } from './focus';

export type Props = {
  category: FishboneCategory;
  index: number;
  idPrefix: string;
  onChange: (category: FishboneCategory) => void;
  onRemove: () => void;
  fieldError: (path: string) => string | undefined;
};

export const categoryInputId = (idPrefix: string, category: FishboneCategory) =>
  `${idPrefix}-category-${category.id}`;

/** One fishbone category: its name and its causes. */
export function FishboneCategoryFields({ category, index, idPrefix, onChange, onRemove, fieldError }: Props) {
  const { t } = useTranslation();
  const path = `categories.${index}`;
  const name = category.name.trim() || t('planNeeds.fishbone.category', { number: index + 1 });
  const addCauseId = `${idPrefix}-add-cause-${category.id}`;
  const causeId = (id: string) => `${idPrefix}-cause-${id}`;
  const addCause = () => {
    const cause = emptyCause();
    onChange({ ...category, causes: [...category.causes, cause] });
    focusControl(causeId(cause.id));
  };
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Fieldset legend={t('planNeeds.fishbone.category', { number: index + 1 })}>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              id={categoryInputId(idPrefix, category)}
              label={t('planNeeds.fishbone.categoryName')}
              required
              maxLength={limits.shortTextMax}
              value={category.name}
              onChange={(e) => onChange({ ...category, name: e.currentTarget.value })}
              error={fieldError(`${path}.name`)}
              style={{ flex: 1 }}
            />
            <DangerButton
              onClick={onRemove}
              mb={4}
              aria-label={t('planNeeds.fishbone.removeCategory', { name })}
            >
              {t('planNeeds.fishbone.removeCategoryShort')}
            </DangerButton>
          </Group>
          {category.causes.length === 0 && (
            <Text size="sm" c="gray.7">
              {t('planNeeds.fishbone.noCauses')}
            </Text>
          )}
          {category.causes.map((cause, k) => (
            <FishboneCauseFields
              key={cause.id}
              cause={cause}
              number={k + 1}
              categoryName={name}
              path={`${path}.causes.${k}`}
              inputId={causeId(cause.id)}
              fieldError={fieldError}
              onChange={(next) =>
                onChange({ ...category, causes: category.causes.map((c, j) => (j === k ? next : c)) })
              }
              onRemove={() => {
                onChange({ ...category, causes: category.causes.filter((_, j) => j !== k) });
                focusControl(addCauseId);
              }}
            />
          ))}
          {fieldError(`${path}.causes`) && (
            <Text size="sm" c="red.9">
              {fieldError(`${path}.causes`)}
            </Text>
          )}
          <Group>
            {category.causes.length < limits.fishboneCausesMax ? (
              <Button
                id={addCauseId}
                variant="default"
                size="xs"
                leftSection={<PlusIcon size={14} />}
                onClick={addCause}
              >
                {t('planNeeds.fishbone.addCause', { name })}
              </Button>
            ) : (
              <Text id={addCauseId} tabIndex={-1} size="sm" c="gray.7">
                {t('planNeeds.fishbone.causeLimit', { max: limits.fishboneCausesMax })}
              </Text>
            )}
          </Group>
        </Stack>
      </Fieldset>
    </Paper>
  );
}

import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { limits } from '../../../../shared/limits';
import type { FishboneCategory } from '../../../../shared/schemas/plan';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { shortId } from './drafts';
import { categoryInputId, FishboneCategoryFields } from './FishboneCategoryFields';
import { focusControl } from './focus';

type Props = {
  categories: FishboneCategory[];
  onChange: (categories: FishboneCategory[]) => void;
  fieldError: (path: string) => string | undefined;
  idPrefix: string;
};

/** Cause categories (renameable, removable, addable) and the causes in each. */
export function FishboneEditor({ categories, onChange, fieldError, idPrefix }: Props) {
  const { t } = useTranslation();
  const addCategoryId = `${idPrefix}-add-category`;
  const addCategory = () => {
    const category = { id: shortId(), name: t('planNeeds.fishbone.newCategory'), causes: [] };
    onChange([...categories, category]);
    focusControl(categoryInputId(idPrefix, category));
  };

  return (
    <Fieldset legend={t('planNeeds.fishbone.categories')}>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('planNeeds.fishbone.categoriesHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="sm">
          {categories.map((category, index) => (
            <FishboneCategoryFields
              key={category.id}
              category={category}
              index={index}
              idPrefix={idPrefix}
              fieldError={fieldError}
              onChange={(next) => onChange(categories.map((c, i) => (i === index ? next : c)))}
              onRemove={() => {
                onChange(categories.filter((_, i) => i !== index));
                focusControl(addCategoryId);
              }}
            />
          ))}
        </SimpleGrid>
        {fieldError('categories') && (
          <Text size="sm" c="red.9">
            {fieldError('categories')}
          </Text>
        )}
        <Group>
          {categories.length < limits.fishboneCategoriesMax ? (
            <Button
              id={addCategoryId}
              variant="default"
              size="xs"
              leftSection={<PlusIcon size={14} />}
              onClick={addCategory}
            >
              {t('planNeeds.fishbone.addCategory')}
            </Button>
          ) : (
            <Text id={addCategoryId} tabIndex={-1} size="sm" c="gray.7">
              {t('planNeeds.fishbone.categoryLimit', { max: limits.fishboneCategoriesMax })}
            </Text>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}

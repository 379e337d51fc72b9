import { Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { limits } from '../../../../shared/limits';
import type { FishboneCause } from '../../../../shared/schemas/plan';
import { type CausePriority, causePriorities } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { DangerButton } from '../../admin/common/DangerButton';

type Props = {
  cause: FishboneCause;
  number: number;
  categoryName: string;
  /** Field path prefix, e.g. `categories.1.causes.0`. */
  path: string;
  inputId: string;
  onChange: (cause: FishboneCause) => void;
  onRemove: () => void;
  fieldError: (path: string) => string | undefined;
};

/** One cause in a fishbone category: what it is, the evidence, whether it is actionable, and its priority. */
export function FishboneCauseFields({
  cause,
  number,
  categoryName,
  path,
  inputId,
  onChange,
  onRemove,
  fieldError,
}: Props) {
  const { t } = useTranslation();
  const priorityOptions = [
    { value: '', label: t('planNeeds.fishbone.priorities.none') },
    ...causePriorities.map((p) => ({ value: p, label: t(`planNeeds.fishbone.priorities.${p}`) })),
  ];
  return (
    <Fieldset legend={t('planNeeds.fishbone.cause', { number })} styles={{ legend: { fontSize: 14 } }}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Textarea
            id={inputId}
            label={t('planNeeds.fishbone.causeText')}
            required
            autosize
            minRows={1}
            maxLength={limits.longTextMax}
            value={cause.text}
            onChange={(e) => onChange({ ...cause, text: e.currentTarget.value })}
            error={fieldError(`${path}.text`)}
          />
          <Textarea
            label={t('planNeeds.fishbone.evidence')}
            autosize
            minRows={1}
            maxLength={limits.longTextMax}
            value={cause.evidence}
            onChange={(e) => onChange({ ...cause, evidence: e.currentTarget.value })}
            error={fieldError(`${path}.evidence`)}
          />
        </SimpleGrid>
        <Group gap="md" align="flex-end" justify="space-between">
          <Group gap="md" align="flex-end">
            <NativeSelect
              label={t('planNeeds.fishbone.priority')}
              data={priorityOptions}
              value={cause.priority ?? ''}
              onChange={(e) =>
                onChange({ ...cause, priority: (e.currentTarget.value || null) as CausePriority | null })
              }
              error={fieldError(`${path}.priority`)}
              w={130}
            />
            <Checkbox
              label={t('planNeeds.fishbone.actionable')}
              checked={cause.actionable}
              onChange={(e) => onChange({ ...cause, actionable: e.currentTarget.checked })}
              mb={8}
            />
          </Group>
          <DangerButton
            onClick={onRemove}
            aria-label={t('planNeeds.fishbone.removeCause', { number, name: categoryName })}
          >
            {t('planNeeds.fishbone.removeCauseShort')}
          </DangerButton>
        </Group>
      </Stack>
    </Fieldset>
  );
}

import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { limits } from '../../../shared/limits';
import { useTranslation } from '../../i18n';

export type DecisionField = 'cause' | 'evidence' | 'decidedBy' | 'decidedOn';

/** What a form hands each input: its id, its value, and the error to show under it. */
export type FieldBinding = {
  id: string;
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error: string | undefined;
};

/**
 * Why a plan changed course, on what evidence, who decided and when: asked the same way of an adjustment and
 * of a plan update recorded after signing, which is also an adjustment. `texts` is where the form keeps its
 * labels (`cause`, `causeHelp`, … under it).
 */
export function AdjustmentFields({
  texts,
  bind,
}: {
  texts: string;
  bind: (field: DecisionField) => FieldBinding;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea
        {...bind('cause')}
        label={t(`${texts}.cause`)}
        description={t(`${texts}.causeHelp`)}
        required
        autosize
        minRows={2}
        maxLength={limits.longTextMax}
      />
      <Textarea
        {...bind('evidence')}
        label={t(`${texts}.evidence`)}
        description={t(`${texts}.evidenceHelp`)}
        required
        autosize
        minRows={2}
        maxLength={limits.longTextMax}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...bind('decidedBy')}
          label={t(`${texts}.decidedBy`)}
          description={t(`${texts}.decidedByHelp`)}
          required
          maxLength={limits.shortTextMax}
        />
        <TextInput
          {...bind('decidedOn')}
          type="date"
          label={t(`${texts}.decidedOn`)}
          description={t(`${texts}.decidedOnHelp`)}
        />
      </SimpleGrid>
    </>
  );
}

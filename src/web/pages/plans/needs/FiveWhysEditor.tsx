import { Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { limits } from '../../../../shared/limits';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { DangerButton } from '../../admin/common/DangerButton';
import { emptyWhy, type WhyDraft } from './drafts';
import { focusControl } from './focus';

type Props = {
  whys: WhyDraft[];
  onChange: (whys: WhyDraft[]) => void;
  fieldError: (path: string) => string | undefined;
  /** Prefix for the ids of the step inputs, unique per form. */
  idPrefix: string;
};

/** The chain of whys: each a question, its answer and the evidence for it. */
export function FiveWhysEditor({ whys, onChange, fieldError, idPrefix }: Props) {
  const { t } = useTranslation();
  const questionId = (step: WhyDraft) => `${idPrefix}-why-${step.key}`;
  const addId = `${idPrefix}-add-why`;
  const update = (index: number, change: Partial<WhyDraft>) =>
    onChange(whys.map((step, i) => (i === index ? { ...step, ...change } : step)));
  const add = () => {
    const step = emptyWhy();
    onChange([...whys, step]);
    focusControl(questionId(step));
  };
  const remove = (index: number) => {
    onChange(whys.filter((_, i) => i !== index));
    focusControl(index > 0 ? questionId(whys[index - 1]) : addId);
  };

  return (
    <Fieldset legend={t('planNeeds.whys.steps')}>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('planNeeds.whys.count', { count: whys.length, max: limits.whysMax })}
        </Text>
        {whys.map((step, index) => {
          const path = (name: string) => `whys.${index}.${name}`;
          return (
            <Paper key={step.key} withBorder p="sm" bg="gray.0">
              <Fieldset legend={t('planNeeds.whys.legend', { number: index + 1 })}>
                <Stack gap="xs">
                  <TextInput
                    id={questionId(step)}
                    label={t('planNeeds.whys.question')}
                    placeholder={t('planNeeds.whys.questionPlaceholder')}
                    required
                    maxLength={limits.longTextMax}
                    value={step.question}
                    onChange={(e) => update(index, { question: e.currentTarget.value })}
                    error={fieldError(path('question'))}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <Textarea
                      label={t('planNeeds.whys.answer')}
                      autosize
                      minRows={2}
                      maxLength={limits.longTextMax}
                      value={step.answer}
                      onChange={(e) => update(index, { answer: e.currentTarget.value })}
                      error={fieldError(path('answer'))}
                    />
                    <Textarea
                      label={t('planNeeds.whys.evidence')}
                      autosize
                      minRows={2}
                      maxLength={limits.longTextMax}
                      value={step.evidence}
                      onChange={(e) => update(index, { evidence: e.currentTarget.value })}
                      error={fieldError(path('evidence'))}
                    />
                  </SimpleGrid>
                  <Group justify="flex-end">
                    <DangerButton onClick={() => remove(index)}>
                      {t('planNeeds.whys.remove', { number: index + 1 })}
                    </DangerButton>
                  </Group>
                </Stack>
              </Fieldset>
            </Paper>
          );
        })}
        {fieldError('whys') && (
          <Text size="sm" c="red.9">
            {fieldError('whys')}
          </Text>
        )}
        <Group>
          {whys.length < limits.whysMax ? (
            <Button id={addId} variant="default" size="xs" leftSection={<PlusIcon size={14} />} onClick={add}>
              {t('planNeeds.whys.add')}
            </Button>
          ) : (
            <Text id={addId} size="sm" c="gray.7" tabIndex={-1}>
              {t('planNeeds.whys.limit', { max: limits.whysMax })}
            </Text>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}

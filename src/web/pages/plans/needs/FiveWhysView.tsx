import { List, Stack, Text } from '@mantine/core';
import type { WhyStep } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';

const pre = { whiteSpace: 'pre-wrap' } as const;

/** The chain of whys, read-only, in order. */
export function FiveWhysView({ whys }: { whys: WhyStep[] }) {
  const { t } = useTranslation();
  if (whys.length === 0)
    return (
      <Text c="gray.7" size="sm">
        {t('planNeeds.whys.none')}
      </Text>
    );
  return (
    <List type="ordered" spacing="sm">
      {whys.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps have no ids; their order is their identity.
        <List.Item key={index}>
          <Stack gap={2}>
            <Text fw={600} style={pre}>
              {step.question}
            </Text>
            {step.answer && <Text style={pre}>{step.answer}</Text>}
            {step.evidence && (
              <Text size="sm" c="gray.7" style={pre}>
                {t('planNeeds.whys.evidenceValue', { text: step.evidence })}
              </Text>
            )}
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}

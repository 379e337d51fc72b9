import { Text } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { type TheoryOfAction as Parts, theoryOfAction } from './toa';

/** The theory of action as the template writes it: **If we** …, **then** …, **and** … */
export function TheoryOfAction({ strategy }: { strategy: Parts }) {
  const { t } = useTranslation();
  const parts = theoryOfAction(strategy);
  if (!parts)
    return (
      <Text c="gray.7" fs="italic">
        {t('planTree.strategy.toaMissing')}
      </Text>
    );
  const part = (text: string | null) =>
    text ?? (
      <Text span c="gray.7" fs="italic">
        {t('planTree.item.notSet')}
      </Text>
    );
  return (
    <Text className="plan-tree-prose">
      <strong>{t('planTree.strategy.toa.ifWe')}</strong> {part(parts.toaIf)},{' '}
      <strong>{t('planTree.strategy.toa.thenPart')}</strong> {part(parts.toaThen)},{' '}
      <strong>{t('planTree.strategy.toa.andPart')}</strong> {part(parts.toaAnd)}.
    </Text>
  );
}

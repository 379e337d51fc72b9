import { useTranslation } from '../../i18n';
import { PracticeSelect } from './PracticeSelect';

/** The practice a support is coded to; left alone, it is the chosen strategy's first. */
export function SupportPracticeSelect({
  id,
  value,
  onChange,
  strategyPractice,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The first practice code of the strategy the support is tied to, if any. */
  strategyPractice: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <PracticeSelect
      id={id}
      label={t('supports.request.practice')}
      description={t('supports.request.practiceHelp')}
      value={value}
      onChange={onChange}
      first={
        strategyPractice
          ? t('supports.request.practiceDefault', { code: strategyPractice })
          : t('supports.request.practiceNone')
      }
    />
  );
}

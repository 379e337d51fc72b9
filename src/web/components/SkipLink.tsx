import { useTranslation } from '../i18n';

export const mainContentId = 'main-content';

/** Jumps past the header and navigation; focus moves without changing the address. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${mainContentId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(mainContentId)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}

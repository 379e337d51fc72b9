import { useEffect } from 'react';
import { useTranslation } from '../i18n';

/** Names the browser tab after the page, most specific first, so each page is identifiable (WCAG 2.4.2). */
export function usePageTitle(...parts: (string | undefined)[]) {
  const { t } = useTranslation();
  const title = [...parts.filter(Boolean), t('app.name')].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

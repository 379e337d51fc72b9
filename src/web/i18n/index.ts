import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/** All user-facing text goes through here; Spanish joins as `es` alongside `en`. */
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export { useTranslation } from 'react-i18next';
export const i18n = i18next;

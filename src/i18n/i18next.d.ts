// English is the typed source: t('missing.key') is a compile error.
import 'i18next';
import type en from './locales/en/common.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof en };
  }
}

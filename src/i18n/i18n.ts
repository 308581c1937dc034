// i18next setup. English is bundled (it is the typed source and the fallback); other languages are
// fetched as separate chunks the first time they are needed, so the first screen stays small.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en/common.json';

export const supportedLanguages = ['en', 'zh-CN'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultNamespace = 'common';

const lazyLocales: Record<Exclude<Language, 'en'>, () => Promise<{ default: typeof en }>> = {
  'zh-CN': () => import('./locales/zh-CN/common.json'),
};

export function isSupportedLanguage(lng: string): lng is Language {
  return (supportedLanguages as readonly string[]).includes(lng);
}

export async function initI18n(language: string = 'en'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    defaultNS: defaultNamespace,
    ns: [defaultNamespace],
    resources: { en: { [defaultNamespace]: en } },
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });
  await changeLanguage(language);
  return i18next;
}

export async function changeLanguage(language: string): Promise<void> {
  const lng: Language = isSupportedLanguage(language) ? language : 'en';
  if (lng !== 'en' && !i18next.hasResourceBundle(lng, defaultNamespace)) {
    const bundle = await lazyLocales[lng]();
    i18next.addResourceBundle(lng, defaultNamespace, bundle.default, true, true);
  }
  await i18next.changeLanguage(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  // Remembered so a reload (or a cold start offline) comes back in the same language.
  if (typeof localStorage !== 'undefined') localStorage.setItem('gemba.language', lng);
}

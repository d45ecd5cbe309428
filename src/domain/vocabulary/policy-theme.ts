import { TRUST_DIMENSIONS } from '../classification/trust-marker.ts';
import type { Labels } from './language.ts';

/**
 * What a policy instrument is about, besides its technologies. The first six are the trust
 * dimensions of WTPF-21 Opinion 4 and share their codes with `TRUST_DIMENSIONS`, so a policy's
 * theme and an initiative's trust marker can be matched code for code.
 */
export const POLICY_THEMES = [
  ...TRUST_DIMENSIONS,
  'privacy-data-protection',
  'spectrum',
  'infrastructure-access',
  'digital-skills',
  'competition',
] as const;
export type PolicyTheme = (typeof POLICY_THEMES)[number];

/** Theme labels in the six languages (content vocabulary, like technology labels; not interface strings). */
export const POLICY_THEME_LABELS: Record<PolicyTheme, Labels> = {
  'trust-security': { en: 'Trust and security', fr: 'Confiance et sécurité', es: 'Confianza y seguridad', ar: 'الثقة والأمن', zh: '信任与安全', ru: 'Доверие и безопасность' },
  reliability: { en: 'Reliability', fr: 'Fiabilité', es: 'Fiabilidad', ar: 'الموثوقية', zh: '可靠性', ru: 'Надёжность' },
  inclusiveness: { en: 'Inclusiveness', fr: 'Inclusion', es: 'Inclusión', ar: 'الشمول', zh: '包容性', ru: 'Инклюзивность' },
  transparency: { en: 'Transparency', fr: 'Transparence', es: 'Transparencia', ar: 'الشفافية', zh: '透明度', ru: 'Прозрачность' },
  interoperability: { en: 'Interoperability', fr: 'Interopérabilité', es: 'Interoperabilidad', ar: 'قابلية التشغيل البيني', zh: '互操作性', ru: 'Функциональная совместимость' },
  accountability: { en: 'Accountability', fr: 'Responsabilité', es: 'Rendición de cuentas', ar: 'المساءلة', zh: '问责', ru: 'Подотчётность' },
  'privacy-data-protection': { en: 'Privacy and data protection', fr: 'Vie privée et protection des données', es: 'Privacidad y protección de datos', ar: 'الخصوصية وحماية البيانات', zh: '隐私与数据保护', ru: 'Неприкосновенность частной жизни и защита данных' },
  spectrum: { en: 'Spectrum', fr: 'Spectre', es: 'Espectro', ar: 'الطيف الترددي', zh: '频谱', ru: 'Радиочастотный спектр' },
  'infrastructure-access': { en: 'Infrastructure and access', fr: 'Infrastructures et accès', es: 'Infraestructura y acceso', ar: 'البنية التحتية والنفاذ', zh: '基础设施与接入', ru: 'Инфраструктура и доступ' },
  'digital-skills': { en: 'Digital skills', fr: 'Compétences numériques', es: 'Competencias digitales', ar: 'المهارات الرقمية', zh: '数字技能', ru: 'Цифровые навыки' },
  competition: { en: 'Competition', fr: 'Concurrence', es: 'Competencia', ar: 'المنافسة', zh: '竞争', ru: 'Конкуренция' },
};

export const isPolicyTheme = (code: string): code is PolicyTheme => (POLICY_THEMES as readonly string[]).includes(code);

import type { Labels } from './language.ts';

/** A WSIS action line: C1–C11, and C7's eight sub-lines coded 'C7.e-government' … with parent 'C7'. */
export interface WsisLine {
  code: string;
  parent?: string;
  labels: Labels;
}

// The action lines of the Geneva Plan of Action (WSIS, 2003), with the wording used by the WSIS Forum and
// the UN translations of the Plan of Action. C7's sub-lines follow C7 so that list order is reading order.
export const WSIS_LINES: readonly WsisLine[] = [
  { code: 'C1', labels: {
    en: 'The role of public governance authorities and all stakeholders in the promotion of ICTs for development',
    fr: 'Rôle des autorités publiques et de toutes les parties prenantes dans la promotion des TIC pour le développement',
    es: 'Papel de las autoridades públicas y de todas las partes interesadas en la promoción de las TIC para el desarrollo',
    ar: 'دور السلطات العامة وجميع أصحاب المصلحة في تعزيز تكنولوجيا المعلومات والاتصالات من أجل التنمية',
    zh: '政府和所有利益攸关方在推动信通技术促进发展方面的作用',
    ru: 'Роль органов государственного управления и всех заинтересованных сторон в содействии применению ИКТ в целях развития',
  } },
  { code: 'C2', labels: {
    en: 'Information and communication infrastructure',
    fr: 'Infrastructure de l’information et de la communication',
    es: 'Infraestructura de la información y la comunicación',
    ar: 'البنية التحتية للمعلومات والاتصالات',
    zh: '信息和通信基础设施',
    ru: 'Информационно-коммуникационная инфраструктура',
  } },
  { code: 'C3', labels: {
    en: 'Access to information and knowledge',
    fr: 'Accès à l’information et au savoir',
    es: 'Acceso a la información y al conocimiento',
    ar: 'النفاذ إلى المعلومات والمعارف',
    zh: '获取信息和知识',
    ru: 'Доступ к информации и знаниям',
  } },
  { code: 'C4', labels: { en: 'Capacity building', fr: 'Renforcement des capacités', es: 'Creación de capacidad', ar: 'بناء القدرات', zh: '能力建设', ru: 'Создание потенциала' } },
  { code: 'C5', labels: {
    en: 'Building confidence and security in the use of ICTs',
    fr: 'Établir la confiance et la sécurité dans l’utilisation des TIC',
    es: 'Fomentar la confianza y la seguridad en la utilización de las TIC',
    ar: 'بناء الثقة والأمن في استعمال تكنولوجيا المعلومات والاتصالات',
    zh: '建立使用信通技术的信心和安全',
    ru: 'Укрепление доверия и безопасности при использовании ИКТ',
  } },
  { code: 'C6', labels: { en: 'Enabling environment', fr: 'Environnement propice', es: 'Entorno propicio', ar: 'البيئة التمكينية', zh: '扶持性环境', ru: 'Благоприятная среда' } },
  { code: 'C7', labels: {
    en: 'ICT applications: benefits in all aspects of life',
    fr: 'Applications des TIC : des avantages dans tous les aspects de la vie',
    es: 'Aplicaciones de las TIC: ventajas en todos los aspectos de la vida',
    ar: 'تطبيقات تكنولوجيا المعلومات والاتصالات: فوائد في جميع جوانب الحياة',
    zh: '信通技术应用：惠及生活的方方面面',
    ru: 'Приложения ИКТ: выгоды во всех аспектах жизни',
  } },
  { code: 'C7.e-government', parent: 'C7', labels: { en: 'E-government', fr: 'Cybergouvernement', es: 'Gobierno electrónico', ar: 'الحكومة الإلكترونية', zh: '电子政务', ru: 'Электронное правительство' } },
  { code: 'C7.e-business', parent: 'C7', labels: { en: 'E-business', fr: 'Cybercommerce', es: 'Negocios electrónicos', ar: 'الأعمال التجارية الإلكترونية', zh: '电子商务', ru: 'Электронный бизнес' } },
  { code: 'C7.e-learning', parent: 'C7', labels: { en: 'E-learning', fr: 'Cyberapprentissage', es: 'Aprendizaje electrónico', ar: 'التعلم الإلكتروني', zh: '电子学习', ru: 'Электронное обучение' } },
  { code: 'C7.e-health', parent: 'C7', labels: { en: 'E-health', fr: 'Cybersanté', es: 'Cibersalud', ar: 'الصحة الإلكترونية', zh: '电子卫生', ru: 'Электронное здравоохранение' } },
  { code: 'C7.e-employment', parent: 'C7', labels: { en: 'E-employment', fr: 'Cyberemploi', es: 'Ciberempleo', ar: 'التوظيف الإلكتروني', zh: '电子就业', ru: 'Электронная занятость' } },
  { code: 'C7.e-environment', parent: 'C7', labels: { en: 'E-environment', fr: 'Cyberécologie', es: 'Ciberecología', ar: 'البيئة الإلكترونية', zh: '电子环境', ru: 'Электронная охрана окружающей среды' } },
  { code: 'C7.e-agriculture', parent: 'C7', labels: { en: 'E-agriculture', fr: 'Cyberagriculture', es: 'Ciberagricultura', ar: 'الزراعة الإلكترونية', zh: '电子农业', ru: 'Электронное сельское хозяйство' } },
  { code: 'C7.e-science', parent: 'C7', labels: { en: 'E-science', fr: 'Cyberscience', es: 'Ciberciencia', ar: 'العلوم الإلكترونية', zh: '电子科学', ru: 'Электронная наука' } },
  { code: 'C8', labels: {
    en: 'Cultural diversity and identity, linguistic diversity and local content',
    fr: 'Diversité et identité culturelles, diversité linguistique et contenus locaux',
    es: 'Diversidad e identidad culturales, diversidad lingüística y contenido local',
    ar: 'التنوع الثقافي والهوية الثقافية والتنوع اللغوي والمحتوى المحلي',
    zh: '文化多样性和文化特性、语言多样性和本地内容',
    ru: 'Культурное многообразие и самобытность, языковое многообразие и местный контент',
  } },
  { code: 'C9', labels: { en: 'Media', fr: 'Médias', es: 'Medios de comunicación', ar: 'وسائط الإعلام', zh: '媒体', ru: 'Средства массовой информации' } },
  { code: 'C10', labels: {
    en: 'Ethical dimensions of the Information Society',
    fr: 'Dimensions éthiques de la société de l’information',
    es: 'Dimensiones éticas de la sociedad de la información',
    ar: 'الأبعاد الأخلاقية لمجتمع المعلومات',
    zh: '信息社会的道德层面',
    ru: 'Этические аспекты информационного общества',
  } },
  { code: 'C11', labels: {
    en: 'International and regional cooperation',
    fr: 'Coopération internationale et régionale',
    es: 'Cooperación internacional y regional',
    ar: 'التعاون الدولي والإقليمي',
    zh: '国际和区域合作',
    ru: 'Международное и региональное сотрудничество',
  } },
];

const BY_CODE = new Map(WSIS_LINES.map((w) => [w.code, w]));

/** The action line with code `code` ('C2', 'C7.e-health'), or undefined. */
export function wsisLine(code: string): WsisLine | undefined {
  return BY_CODE.get(code);
}

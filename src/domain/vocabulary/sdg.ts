import type { Labels } from './language.ts';

/** An SDG goal, keyed by its number; `iri` is the UN SDG KOS IRI (http://metadata.un.org/sdg/9). */
export interface SdgGoal {
  number: number;
  code: string; // '9'
  iri: string;
  short: Labels; // team-written short titles; the official texts come from `vocab import --sdg-translations`
  color: string; // the UN SDG icon colour, for tiles
}

/** An SDG target, keyed by its code ('9.c', '17.6'). */
export interface SdgTarget {
  code: string;
  goal: number;
  iri: string; // http://metadata.un.org/sdg/9.c
}

const SDG_IRI = 'http://metadata.un.org/sdg/';

// Short titles follow the wording of the UN SDG icons in each language, shortened where the icon text is long.
// Colours are those of the UN SDG icon set (UN Department of Global Communications guidelines).
const GOALS: readonly [color: string, short: Labels][] = [
  ['#E5243B', { en: 'No poverty', fr: 'Pas de pauvreté', es: 'Fin de la pobreza', ar: 'القضاء على الفقر', zh: '无贫穷', ru: 'Ликвидация нищеты' }],
  ['#DDA63A', { en: 'Zero hunger', fr: 'Faim « zéro »', es: 'Hambre cero', ar: 'القضاء التام على الجوع', zh: '零饥饿', ru: 'Ликвидация голода' }],
  ['#4C9F38', { en: 'Good health and well-being', fr: 'Bonne santé et bien-être', es: 'Salud y bienestar', ar: 'الصحة الجيدة والرفاه', zh: '良好健康与福祉', ru: 'Хорошее здоровье и благополучие' }],
  ['#C5192D', { en: 'Quality education', fr: 'Éducation de qualité', es: 'Educación de calidad', ar: 'التعليم الجيد', zh: '优质教育', ru: 'Качественное образование' }],
  ['#FF3A21', { en: 'Gender equality', fr: 'Égalité entre les sexes', es: 'Igualdad de género', ar: 'المساواة بين الجنسين', zh: '性别平等', ru: 'Гендерное равенство' }],
  ['#26BDE2', { en: 'Clean water and sanitation', fr: 'Eau propre et assainissement', es: 'Agua limpia y saneamiento', ar: 'المياه النظيفة والنظافة الصحية', zh: '清洁饮水和卫生设施', ru: 'Чистая вода и санитария' }],
  ['#FCC30B', { en: 'Affordable and clean energy', fr: 'Énergie propre et d’un coût abordable', es: 'Energía asequible y no contaminante', ar: 'طاقة نظيفة وبأسعار معقولة', zh: '经济适用的清洁能源', ru: 'Недорогостоящая и чистая энергия' }],
  ['#A21942', { en: 'Decent work and economic growth', fr: 'Travail décent et croissance économique', es: 'Trabajo decente y crecimiento económico', ar: 'العمل اللائق ونمو الاقتصاد', zh: '体面工作和经济增长', ru: 'Достойная работа и экономический рост' }],
  ['#FD6925', { en: 'Industry, innovation and infrastructure', fr: 'Industrie, innovation et infrastructure', es: 'Industria, innovación e infraestructura', ar: 'الصناعة والابتكار والهياكل الأساسية', zh: '产业、创新和基础设施', ru: 'Индустриализация, инновации и инфраструктура' }],
  ['#DD1367', { en: 'Reduced inequalities', fr: 'Inégalités réduites', es: 'Reducción de las desigualdades', ar: 'الحد من أوجه عدم المساواة', zh: '减少不平等', ru: 'Уменьшение неравенства' }],
  ['#FD9D24', { en: 'Sustainable cities and communities', fr: 'Villes et communautés durables', es: 'Ciudades y comunidades sostenibles', ar: 'مدن ومجتمعات محلية مستدامة', zh: '可持续城市和社区', ru: 'Устойчивые города и населённые пункты' }],
  ['#BF8B2E', { en: 'Responsible consumption and production', fr: 'Consommation et production responsables', es: 'Producción y consumo responsables', ar: 'الاستهلاك والإنتاج المسؤولان', zh: '负责任消费和生产', ru: 'Ответственное потребление и производство' }],
  ['#3F7E44', { en: 'Climate action', fr: 'Lutte contre les changements climatiques', es: 'Acción por el clima', ar: 'العمل المناخي', zh: '气候行动', ru: 'Борьба с изменением климата' }],
  ['#0A97D9', { en: 'Life below water', fr: 'Vie aquatique', es: 'Vida submarina', ar: 'الحياة تحت الماء', zh: '水下生物', ru: 'Сохранение морских экосистем' }],
  ['#56C02B', { en: 'Life on land', fr: 'Vie terrestre', es: 'Vida de ecosistemas terrestres', ar: 'الحياة في البر', zh: '陆地生物', ru: 'Сохранение экосистем суши' }],
  ['#00689D', { en: 'Peace, justice and strong institutions', fr: 'Paix, justice et institutions efficaces', es: 'Paz, justicia e instituciones sólidas', ar: 'السلام والعدل والمؤسسات القوية', zh: '和平、正义与强大机构', ru: 'Мир, правосудие и эффективные институты' }],
  ['#19486A', { en: 'Partnerships for the goals', fr: 'Partenariats pour la réalisation des objectifs', es: 'Alianzas para lograr los objetivos', ar: 'عقد الشراكات لتحقيق الأهداف', zh: '促进目标实现的伙伴关系', ru: 'Партнёрство в интересах устойчивого развития' }],
];

// Targets per goal (A/RES/71/313): how many numbered outcome targets ('1.1'…'1.5'), then the lettered
// means-of-implementation targets ('1.a', '1.b'). 169 in all.
const TARGET_SHAPE: readonly [numbered: number, lettered: string][] = [
  [5, 'ab'], [5, 'abc'], [9, 'abcd'], [7, 'abc'], [6, 'abc'], [6, 'ab'], [3, 'ab'], [10, 'ab'], [5, 'abc'],
  [7, 'abc'], [7, 'abc'], [8, 'abc'], [3, 'ab'], [7, 'abc'], [9, 'abc'], [10, 'ab'], [19, ''],
];

/** The target codes of one goal, in official order: numbered first, then lettered. */
function targetCodes(goal: number, [numbered, lettered]: readonly [number, string]): string[] {
  const suffixes = [...Array.from({ length: numbered }, (_, i) => String(i + 1)), ...lettered];
  return suffixes.map((s) => `${goal}.${s}`);
}

export const SDG_GOALS: readonly SdgGoal[] = GOALS.map(([color, short], i) => ({
  number: i + 1,
  code: String(i + 1),
  iri: SDG_IRI + (i + 1),
  short,
  color,
}));

export const SDG_TARGETS: readonly SdgTarget[] = TARGET_SHAPE.flatMap((shape, i) =>
  targetCodes(i + 1, shape).map((code) => ({ code, goal: i + 1, iri: SDG_IRI + code })),
);

const TARGETS_BY_CODE = new Map(SDG_TARGETS.map((t) => [t.code, t]));

/** The goal numbered `n` (1–17), or undefined. */
export function sdgGoal(n: number | string): SdgGoal | undefined {
  const i = Number(n);
  return Number.isInteger(i) ? SDG_GOALS[i - 1] : undefined;
}

/** The target with code `code` ('9.c'), or undefined. */
export function sdgTarget(code: string): SdgTarget | undefined {
  return TARGETS_BY_CODE.get(code);
}

/** Whether `code` is one of the 169 real target codes ('9.c' yes, '9.d' no). */
export function isSdgTargetCode(code: string): boolean {
  return TARGETS_BY_CODE.has(code);
}

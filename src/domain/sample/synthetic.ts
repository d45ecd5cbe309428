import type { Initiative } from '../initiative/initiative.ts';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from '../initiative/initiative.ts';
import type { ClassificationLink } from '../classification/classification.ts';
import type { Lang, LangMap } from '../vocabulary/language.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';

// Synthetic initiatives for load tests and benchmarks: varied, multilingual, deterministic for a
// seed, and marked as synthetic (provenance.source = 'synthetic', sample flag) so they are shown as
// such and removed with the sample content.

/** A small deterministic generator (mulberry32), so a benchmark's data is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Topics in the six languages: [en, fr, es, ar, zh, ru]. */
export const TOPICS: string[][] = [
  ['crop disease', 'maladies des cultures', 'enfermedades de cultivos', 'أمراض المحاصيل', '作物病害', 'болезни культур'],
  ['digital identity', 'identité numérique', 'identidad digital', 'الهوية الرقمية', '数字身份', 'цифровая идентичность'],
  ['spectrum policy', 'politique du spectre', 'política del espectro', 'سياسة الطيف', '频谱政策', 'политика спектра'],
  ['water sensors', 'capteurs d’eau', 'sensores de agua', 'أجهزة استشعار المياه', '水传感器', 'датчики воды'],
  ['rural schools', 'écoles rurales', 'escuelas rurales', 'المدارس الريفية', '农村学校', 'сельские школы'],
  ['mobile money', 'argent mobile', 'dinero móvil', 'الأموال المتنقلة', '移动支付', 'мобильные деньги'],
  ['telemedicine', 'télémédecine', 'telemedicina', 'الطب عن بعد', '远程医疗', 'телемедицина'],
  ['flood early warning', 'alerte précoce aux inondations', 'alerta temprana de inundaciones', 'الإنذار المبكر بالفيضانات', '洪水预警', 'раннее оповещение о наводнениях'],
  ['digital skills for women', 'compétences numériques des femmes', 'habilidades digitales para mujeres', 'المهارات الرقمية للنساء', '妇女数字技能', 'цифровые навыки для женщин'],
  ['smart grid', 'réseau électrique intelligent', 'red eléctrica inteligente', 'الشبكة الذكية', '智能电网', 'умная энергосеть'],
  ['open data portal', 'portail de données ouvertes', 'portal de datos abiertos', 'بوابة البيانات المفتوحة', '开放数据门户', 'портал открытых данных'],
  ['cybersecurity training', 'formation en cybersécurité', 'formación en ciberseguridad', 'التدريب على الأمن السيبراني', '网络安全培训', 'обучение кибербезопасности'],
  ['fishing boats tracking', 'suivi des bateaux de pêche', 'seguimiento de barcos pesqueros', 'تتبع قوارب الصيد', '渔船跟踪', 'отслеживание рыболовных судов'],
  ['e-government services', 'services d’administration en ligne', 'servicios de gobierno electrónico', 'خدمات الحكومة الإلكترونية', '电子政务服务', 'услуги электронного правительства'],
  ['air quality monitoring', 'surveillance de la qualité de l’air', 'monitoreo de la calidad del aire', 'رصد جودة الهواء', '空气质量监测', 'мониторинг качества воздуха'],
  ['community networks', 'réseaux communautaires', 'redes comunitarias', 'الشبكات المجتمعية', '社区网络', 'сетей сообщества'],
];
const LANG_ORDER: Lang[] = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
const TECH_WORD: Record<string, string[]> = {}; // filled lazily from the vocabulary labels
const SUMMARY: Record<Lang, (topic: string, tech: string, place: string) => string> = {
  en: (t, x, p) => `A programme using ${x} for ${t} in ${p}, with local partners and open data.`,
  fr: (t, x, p) => `Un programme qui utilise ${x} pour ${t} au ${p}, avec des partenaires locaux.`,
  es: (t, x, p) => `Un programa que usa ${x} para ${t} en ${p}, con socios locales y datos abiertos.`,
  ar: (t, x, p) => `برنامج يستخدم ${x} من أجل ${t} في ${p} مع شركاء محليين.`,
  zh: (t, x, p) => `${p}：利用${x}，开展${t}项目，促进可持续发展。`,
  ru: (t, x, p) => `Программа использует ${x} для задачи «${t}» в стране ${p} вместе с местными партнёрами.`,
};
const DESCRIPTION: Record<Lang, string> = {
  en: 'The project trains local staff, publishes its results and measures its impact every year. Lessons learned are shared with other countries.',
  fr: 'Le projet forme le personnel local, publie ses résultats et mesure son impact chaque année.',
  es: 'El proyecto capacita al personal local, publica sus resultados y mide su impacto cada año.',
  ar: 'يدرب المشروع الموظفين المحليين وينشر نتائجه ويقيس أثره كل عام.',
  zh: '该项目培训当地人员，公布成果，并每年评估其影响。',
  ru: 'Проект обучает местный персонал, публикует результаты и ежегодно оценивает своё влияние.',
};

/** `n` synthetic initiatives starting at number `from` (ids and texts depend only on seed and number). */
export function syntheticInitiatives(vocab: Vocabulary, from: number, n: number, seed: number, now: string): Initiative[] {
  return [...syntheticStream(vocab, from, n, seed, now)];
}

/**
 * The same records one at a time, so a writer can take a few hundred at once and let them go: the
 * random sequence is seeded by `from`, so the records of a run are those of `syntheticInitiatives`
 * with the same arguments however they are consumed.
 */
export function* syntheticStream(vocab: Vocabulary, from: number, n: number, seed: number, now: string): Generator<Initiative> {
  const rnd = random(seed + from * 7919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const targets = [...vocab.targets.keys()];
  for (let k = from; k < from + n; k++) {
    const topic = Math.floor(rnd() * TOPICS.length);
    const tech = pick(vocab.technologies);
    const countries = [...new Set([pick(vocab.countries), ...(rnd() < 0.3 ? [pick(vocab.countries)] : [])].map((c) => c.m49))];
    const place = vocab.countryByM49.get(countries[0]!)!;
    const original = pick(LANG_ORDER);
    const langs = [...new Set([original, ...LANG_ORDER.filter(() => rnd() < 0.25)])];
    const title: LangMap = {};
    const summary: LangMap = {};
    const description: LangMap = {};
    for (const l of langs) {
      const li = LANG_ORDER.indexOf(l);
      const techWord = (TECH_WORD[`${tech.slug}:${l}`] ??= [tech.labels[l]])[0]!;
      title[l] = `${TOPICS[topic]![li]} — ${techWord} — ${place.names[l]} #${k}`;
      summary[l] = SUMMARY[l](TOPICS[topic]![li]!, techWord, place.names[l]);
      description[l] = DESCRIPTION[l];
    }
    const links: ClassificationLink[] = [
      { scheme: 'technology', code: tech.slug, source: 'self' },
      ...[...new Set([pick(targets), pick(targets)])].map((code): ClassificationLink => ({ scheme: 'sdg-target', code, source: 'self' })),
      { scheme: 'wsis', code: pick(vocab.wsis).code, source: 'self' },
    ];
    const year = 2010 + Math.floor(rnd() * 16);
    const updated = new Date(Date.parse(now) - Math.floor(rnd() * 3e10)).toISOString();
    yield {
      id: `synthetic-${seed}-${k}`,
      title,
      summary,
      description,
      originalLang: original,
      kind: pick(INITIATIVE_KINDS),
      status: pick(INITIATIVE_STATUSES),
      dates: { plannedStart: `${year}-0${1 + Math.floor(rnd() * 9)}-01` },
      scope: 'national',
      countries,
      organisations: [],
      classifications: links,
      trustMarkers: [],
      impact: {},
      impactMetrics: [],
      partnerships: {},
      lessons: {},
      replicability: {},
      links: [],
      externalIds: {},
      provenance: { source: 'synthetic', importedAt: now },
      workflowState: rnd() < 0.95 ? 'published' : 'draft',
      isSample: true,
      createdBy: 'synthetic',
      createdAt: updated,
      updatedAt: updated,
      version: 1,
    };
  }
}

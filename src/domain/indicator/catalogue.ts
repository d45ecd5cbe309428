import type { Dims, Indicator } from './indicator.ts';

// The indicator catalogue: team-written vocabulary, names in the six languages. Codes are the SDG indicator
// codes where one exists; the others are stable slugs. Never rename a code; add new indicators at the end.
// Definitions follow the custodian's metadata (ITU Handbook for the Collection of Administrative Data on
// Telecommunications/ICT, and the SDG metadata repository).

const ITU = 'ITU (International Telecommunication Union), World Telecommunication/ICT Indicators Database';
const ITU_TERMS = 'ITU terms of use: free to use with attribution "Source: ITU"';
const PERCENT = { en: '% of population', fr: '% de la population', es: '% de la población', ar: '% من السكان', zh: '占人口百分比', ru: '% населения' };
const PER_100 = { en: 'per 100 inhabitants', fr: 'pour 100 habitants', es: 'por cada 100 habitantes', ar: 'لكل 100 نسمة', zh: '每百名居民', ru: 'на 100 жителей' };
const GNI_SHARE = { en: '% of monthly GNI per capita', fr: '% du RNB mensuel par habitant', es: '% del INB mensual per cápita', ar: '% من نصيب الفرد الشهري من الدخل القومي الإجمالي', zh: '占人均国民总收入（月）百分比', ru: '% от месячного ВНД на душу населения' };

export const INDICATORS: readonly Indicator[] = [
  {
    code: '17.8.1',
    sdgIndicator: '17.8.1',
    names: { en: 'Individuals using the Internet', fr: 'Personnes utilisant Internet', es: 'Personas que usan Internet', ar: 'الأفراد الذين يستخدمون الإنترنت', zh: '使用互联网的个人', ru: 'Лица, пользующиеся Интернетом' },
    unit: PERCENT,
    scale: 'percent',
    definition: 'Proportion of individuals who used the Internet from any location in the last three months.',
    source: ITU,
    licence: ITU_TERMS,
    headline: {},
  },
  {
    code: '9.c.1',
    sdgIndicator: '9.c.1',
    names: { en: 'Population covered by a mobile network, by technology', fr: 'Population couverte par un réseau mobile, par technologie', es: 'Población cubierta por una red móvil, por tecnología', ar: 'نسبة السكان المشمولين بشبكة متنقلة، حسب التكنولوجيا', zh: '移动网络覆盖人口，按技术分列', ru: 'Население, охваченное мобильной сетью, в разбивке по технологиям' },
    unit: PERCENT,
    scale: 'percent',
    definition: 'Percentage of inhabitants living within range of a mobile-cellular signal of at least the given technology (2G, 3G, 4G/LTE, 5G), whether or not they subscribe.',
    source: ITU,
    licence: ITU_TERMS,
    dimension: { key: 'technology', values: ['2G', '3G', '4G', '5G'] },
    headline: { technology: '4G' },
  },
  {
    code: '17.6.1',
    sdgIndicator: '17.6.1',
    names: { en: 'Fixed broadband subscriptions per 100 inhabitants', fr: 'Abonnements au haut débit fixe pour 100 habitants', es: 'Suscripciones a la banda ancha fija por cada 100 habitantes', ar: 'اشتراكات النطاق العريض الثابت لكل 100 نسمة', zh: '每百名居民固定宽带订户数', ru: 'Число абонентов фиксированного широкополосного доступа на 100 жителей' },
    unit: PER_100,
    scale: 'rate',
    definition: 'Fixed subscriptions to high-speed access to the public Internet (downstream speed of at least 256 kbit/s), per 100 inhabitants.',
    source: ITU,
    licence: ITU_TERMS,
    headline: {},
  },
  {
    code: '5.b.1',
    sdgIndicator: '5.b.1',
    names: { en: 'Individuals who own a mobile telephone, by sex', fr: 'Personnes possédant un téléphone mobile, par sexe', es: 'Personas que poseen un teléfono móvil, por sexo', ar: 'الأفراد الذين يملكون هاتفًا متنقلًا، حسب الجنس', zh: '拥有移动电话的个人，按性别分列', ru: 'Лица, владеющие мобильным телефоном, в разбивке по полу' },
    unit: PERCENT,
    scale: 'percent',
    definition: 'Proportion of individuals who own a mobile cellular telephone, by sex.',
    source: ITU,
    licence: ITU_TERMS,
    dimension: { key: 'sex', values: ['female', 'male'] },
    headline: {},
  },
  {
    code: '4.4.1',
    sdgIndicator: '4.4.1',
    names: { en: 'Youth and adults with information and communications technology (ICT) skills, by type of skill', fr: 'Jeunes et adultes ayant des compétences en informatique et en communication, par type de compétence', es: 'Jóvenes y adultos con conocimientos de tecnología de la información y las comunicaciones (TIC), por tipo de conocimiento técnico', ar: 'الشباب والبالغون الذين تتوافر لديهم مهارات تكنولوجيا المعلومات والاتصالات، حسب نوع المهارة', zh: '具备信息和通信技术技能的青年和成年人，按技能类型分列', ru: 'Молодежь и взрослые, обладающие навыками в области ИКТ, в разбивке по видам навыков' },
    unit: PERCENT,
    scale: 'percent',
    definition: 'Proportion of youth and adults who have undertaken a given computer-related activity (such as copying a file or installing software) in the last three months.',
    source: ITU,
    licence: ITU_TERMS,
    dimension: { key: 'skill', values: [] },
    headline: {},
  },
  {
    code: 'mobile-broadband-subscriptions',
    sdgIndicator: '17.6.1',
    names: { en: 'Active mobile broadband subscriptions per 100 inhabitants', fr: 'Abonnements actifs au haut débit mobile pour 100 habitants', es: 'Suscripciones activas a la banda ancha móvil por cada 100 habitantes', ar: 'اشتراكات النطاق العريض المتنقل النشطة لكل 100 نسمة', zh: '每百名居民活跃移动宽带订户数', ru: 'Число активных абонентов мобильного широкополосного доступа на 100 жителей' },
    unit: PER_100,
    scale: 'rate',
    definition: 'Handset-based and computer-based (USB/dongle) mobile subscriptions with access to the Internet at broadband speeds, used in the last three months, per 100 inhabitants.',
    source: ITU,
    licence: ITU_TERMS,
    headline: {},
  },
  {
    code: 'households-internet',
    sdgIndicator: '17.8.1',
    names: { en: 'Households with Internet access at home', fr: 'Ménages ayant accès à Internet à domicile', es: 'Hogares con acceso a Internet en casa', ar: 'الأسر المعيشية التي لديها نفاذ إلى الإنترنت في المنزل', zh: '家中可接入互联网的住户', ru: 'Домохозяйства с доступом к Интернету дома' },
    unit: { en: '% of households', fr: '% des ménages', es: '% de los hogares', ar: '% من الأسر المعيشية', zh: '占住户百分比', ru: '% домохозяйств' },
    scale: 'percent',
    definition: 'Proportion of households with Internet access at home, by a fixed or mobile network.',
    source: ITU,
    licence: ITU_TERMS,
    headline: {},
  },
  {
    code: 'mobile-data-basket',
    sdgIndicator: '17.6.1',
    names: { en: 'Price of the data-only mobile broadband basket (5 GB)', fr: 'Prix du panier haut débit mobile données seules (5 Go)', es: 'Precio de la cesta de banda ancha móvil solo datos (5 GB)', ar: 'سعر سلة النطاق العريض المتنقل للبيانات فقط (5 غيغابايت)', zh: '仅数据移动宽带套餐价格（5 GB）', ru: 'Стоимость корзины мобильного широкополосного доступа только для передачи данных (5 ГБ)' },
    unit: GNI_SHARE,
    scale: 'share-of-income',
    definition: 'Price of the cheapest monthly data-only mobile broadband plan with at least 5 GB, as a share of monthly gross national income per capita (the affordability target is below 2 %).',
    source: 'ITU ICT Price Baskets; GNI per capita: IMF and World Bank',
    licence: ITU_TERMS,
    headline: {},
    lowerIsBetter: true,
  },
  {
    code: 'fixed-broadband-basket',
    sdgIndicator: '17.6.1',
    names: { en: 'Price of the fixed broadband basket (5 GB)', fr: 'Prix du panier haut débit fixe (5 Go)', es: 'Precio de la cesta de banda ancha fija (5 GB)', ar: 'سعر سلة النطاق العريض الثابت (5 غيغابايت)', zh: '固定宽带套餐价格（5 GB）', ru: 'Стоимость корзины фиксированного широкополосного доступа (5 ГБ)' },
    unit: GNI_SHARE,
    scale: 'share-of-income',
    definition: 'Price of the cheapest monthly fixed broadband plan with at least 5 GB, as a share of monthly gross national income per capita.',
    source: 'ITU ICT Price Baskets; GNI per capita: IMF and World Bank',
    licence: ITU_TERMS,
    headline: {},
    lowerIsBetter: true,
  },
  {
    code: 'population',
    names: { en: 'Population', fr: 'Population', es: 'Población', ar: 'السكان', zh: '人口', ru: 'Население' },
    unit: { en: 'persons', fr: 'personnes', es: 'personas', ar: 'نسمة', zh: '人', ru: 'человек' },
    scale: 'count',
    definition: 'Total population: all residents regardless of legal status or citizenship, mid-year estimates. Used to weight group means.',
    source: 'World Bank, World Development Indicators (SP.POP.TOTL)',
    licence: 'CC-BY-4.0',
    headline: {},
  },
];

const BY_CODE = new Map(INDICATORS.map((i) => [i.code, i]));

/** The catalogue entry with `code`, or undefined. */
export function indicatorByCode(code: string): Indicator | undefined {
  return BY_CODE.get(code);
}

/** Where a source series lands in the catalogue; `skip` names series we know and deliberately do not carry. */
export type SeriesTarget = { indicator: string; dims: Dims } | { skip: string };

// ITU DataHub series codes. The export's `seriesUnits` is wrong for several of them (see docs/observatory.md):
// the unit comes from this table, never from that column.
export const ITU_SERIES: Record<string, SeriesTarget> = {
  i99H: { indicator: '17.8.1', dims: {} },
  i271pop: { indicator: '9.c.1', dims: { technology: '2G' } },
  i271G: { indicator: '9.c.1', dims: { technology: '3G' } },
  i271GA: { indicator: '9.c.1', dims: { technology: '4G' } },
  i271G5_pop: { indicator: '9.c.1', dims: { technology: '5G' } },
  i992b: { indicator: '17.6.1', dims: {} },
  i911mw: { indicator: 'mobile-broadband-subscriptions', dims: {} },
  xHH6_IDI: { indicator: 'households-internet', dims: {} },
  i271mb_5GB_GNI: { indicator: 'mobile-data-basket', dims: {} },
  i154_FBB5_GNI: { indicator: 'fixed-broadband-basket', dims: {} },
  i4213tfbb: { skip: 'absolute count of fixed broadband subscriptions (the catalogue carries the rate per 100, i992b)' },
  i271mw: { skip: 'absolute count of mobile broadband subscriptions (the catalogue carries the rate per 100, i911mw)' },
  'i271mb_5GB$': { skip: 'price in USD (the catalogue carries the share of GNI per capita)' },
  i271mb_5GB_PPP: { skip: 'price in PPP$ (the catalogue carries the share of GNI per capita)' },
  'i154_FBB5$': { skip: 'price in USD (the catalogue carries the share of GNI per capita)' },
  i154_FBB5_PPP: { skip: 'price in PPP$ (the catalogue carries the share of GNI per capita)' },
};

// UN Global SDG Database series codes, as Open SDG data files carry them in their Series column.
export const SDG_SERIES: Record<string, SeriesTarget> = {
  IT_USE_ii99: { indicator: '17.8.1', dims: {} },
  IT_MOB_2GNTWK: { indicator: '9.c.1', dims: { technology: '2G' } },
  IT_MOB_3GNTWK: { indicator: '9.c.1', dims: { technology: '3G' } },
  IT_MOB_4GNTWK: { indicator: '9.c.1', dims: { technology: '4G' } },
  IT_NET_BBND: { indicator: '17.6.1', dims: {} },
  IT_MOB_OWN: { indicator: '5.b.1', dims: {} },
  SE_ADT_ACTS: { indicator: '4.4.1', dims: {} },
  IT_NET_BBN: { skip: 'absolute count of fixed broadband subscriptions (the catalogue carries the rate per 100)' },
};

// World Bank WDI indicator codes.
export const WORLD_BANK_SERIES: Record<string, SeriesTarget> = {
  'SP.POP.TOTL': { indicator: 'population', dims: {} },
  'IT.NET.USER.ZS': { indicator: '17.8.1', dims: {} },
  'IT.NET.BBND.P2': { indicator: '17.6.1', dims: {} },
};

import type { Labels } from './language.ts';

/** A technology of the controlled list, keyed by a stable slug ('5g', 'artificial-intelligence'). */
export interface Technology {
  slug: string;
  labels: Labels;
  description: Labels; // one short sentence
}

// The order is the display order, and the slugs are used elsewhere (classifier lexicons, stored records):
// never rename a slug; add new technologies at the end.
export const TECHNOLOGIES: readonly Technology[] = [
  {
    slug: '5g',
    labels: { en: '5G (IMT-2020 and beyond)', fr: '5G (IMT-2020 et au-delà)', es: '5G (IMT-2020 y posteriores)', ar: 'الجيل الخامس (IMT-2020 وما بعده)', zh: '5G（IMT-2020及后续技术）', ru: '5G (IMT-2020 и последующие поколения)' },
    description: {
      en: 'Fifth-generation mobile networks (IMT-2020) and their successors, offering high capacity, low latency and connectivity for very many devices.',
      fr: 'Réseaux mobiles de cinquième génération (IMT-2020) et leurs successeurs, qui offrent une grande capacité, une faible latence et la connexion d’un très grand nombre d’appareils.',
      es: 'Redes móviles de quinta generación (IMT-2020) y sus sucesoras, que ofrecen gran capacidad, baja latencia y conexión para un número muy elevado de dispositivos.',
      ar: 'شبكات الاتصالات المتنقلة من الجيل الخامس (IMT-2020) وما يليها، التي توفر سعة عالية وزمن كمون منخفضاً وتوصيل أعداد كبيرة جداً من الأجهزة.',
      zh: '第五代移动通信网络（IMT-2020）及其后续技术，提供大容量、低时延和海量设备连接。',
      ru: 'Сети подвижной связи пятого поколения (IMT-2020) и последующих поколений с высокой пропускной способностью, малой задержкой и подключением огромного числа устройств.',
    },
  },
  {
    slug: 'artificial-intelligence',
    labels: { en: 'Artificial intelligence', fr: 'Intelligence artificielle', es: 'Inteligencia artificial', ar: 'الذكاء الاصطناعي', zh: '人工智能', ru: 'Искусственный интеллект' },
    description: {
      en: 'Systems that learn from data to recognise patterns, make predictions or generate content, including machine learning.',
      fr: 'Systèmes qui apprennent à partir de données pour reconnaître des régularités, faire des prédictions ou générer du contenu, y compris l’apprentissage automatique.',
      es: 'Sistemas que aprenden de los datos para reconocer patrones, hacer predicciones o generar contenidos, incluido el aprendizaje automático.',
      ar: 'أنظمة تتعلم من البيانات للتعرف على الأنماط أو إجراء التنبؤات أو توليد المحتوى، بما في ذلك التعلم الآلي.',
      zh: '从数据中学习以识别模式、作出预测或生成内容的系统，包括机器学习。',
      ru: 'Системы, которые обучаются на данных, чтобы распознавать закономерности, делать прогнозы или создавать контент, включая машинное обучение.',
    },
  },
  {
    slug: 'internet-of-things',
    labels: { en: 'Internet of Things (IoT)', fr: 'Internet des objets (IdO)', es: 'Internet de las cosas (IoT)', ar: 'إنترنت الأشياء', zh: '物联网', ru: 'Интернет вещей' },
    description: {
      en: 'Sensors, devices and machines connected to networks to collect data and act on their surroundings.',
      fr: 'Capteurs, appareils et machines connectés aux réseaux pour recueillir des données et agir sur leur environnement.',
      es: 'Sensores, dispositivos y máquinas conectados a redes para recoger datos y actuar sobre su entorno.',
      ar: 'أجهزة استشعار وأجهزة وآلات موصولة بالشبكات لجمع البيانات والتأثير في محيطها.',
      zh: '连接到网络的传感器、设备和机器，用于采集数据并作用于周围环境。',
      ru: 'Датчики, устройства и машины, подключённые к сетям, чтобы собирать данные и воздействовать на окружающую среду.',
    },
  },
  {
    slug: 'big-data',
    labels: { en: 'Big data and analytics', fr: 'Mégadonnées et analytique', es: 'Macrodatos y analítica', ar: 'البيانات الضخمة والتحليلات', zh: '大数据与分析', ru: 'Большие данные и аналитика' },
    description: {
      en: 'Collecting, combining and analysing large or fast-changing datasets to inform decisions.',
      fr: 'Collecte, croisement et analyse de jeux de données volumineux ou évoluant rapidement pour éclairer les décisions.',
      es: 'Recopilación, combinación y análisis de conjuntos de datos grandes o que cambian con rapidez para fundamentar las decisiones.',
      ar: 'جمع مجموعات البيانات الكبيرة أو سريعة التغير ودمجها وتحليلها لدعم اتخاذ القرارات.',
      zh: '收集、整合和分析大规模或快速变化的数据集，为决策提供依据。',
      ru: 'Сбор, объединение и анализ больших или быстро меняющихся массивов данных для обоснования решений.',
    },
  },
  {
    slug: 'ott',
    labels: { en: 'OTT services', fr: 'Services OTT (par contournement)', es: 'Servicios OTT (over-the-top)', ar: 'خدمات OTT عبر الإنترنت', zh: 'OTT业务', ru: 'OTT-сервисы' },
    description: {
      en: 'Applications and content delivered over the internet independently of the network operator, such as messaging, voice and video calls, and streaming.',
      fr: 'Applications et contenus fournis par l’internet indépendamment de l’opérateur de réseau, comme la messagerie, les appels vocaux et vidéo ou la diffusion en continu.',
      es: 'Aplicaciones y contenidos que se prestan a través de internet con independencia del operador de red, como la mensajería, las llamadas de voz y vídeo o el streaming.',
      ar: 'تطبيقات ومحتوى يُقدَّم عبر الإنترنت بصورة مستقلة عن مشغل الشبكة، مثل المراسلة والمكالمات الصوتية والمرئية والبث التدفقي.',
      zh: '独立于网络运营商、通过互联网提供的应用和内容，例如即时通信、语音和视频通话以及流媒体。',
      ru: 'Приложения и контент, предоставляемые через интернет независимо от оператора сети: мессенджеры, голосовые и видеозвонки, потоковое видео.',
    },
  },
  {
    slug: 'cloud-edge',
    labels: { en: 'Cloud and edge computing', fr: 'Informatique en nuage et en périphérie', es: 'Computación en la nube y en el borde', ar: 'الحوسبة السحابية والحوسبة الطرفية', zh: '云计算与边缘计算', ru: 'Облачные и граничные вычисления' },
    description: {
      en: 'Computing, storage and software delivered on demand from data centres or close to where data are produced.',
      fr: 'Puissance de calcul, stockage et logiciels fournis à la demande depuis des centres de données ou au plus près du lieu où les données sont produites.',
      es: 'Capacidad de cómputo, almacenamiento y software que se ofrecen a demanda desde centros de datos o cerca del lugar donde se generan los datos.',
      ar: 'قدرات حوسبة وتخزين وبرمجيات تُقدَّم عند الطلب من مراكز البيانات أو بالقرب من أماكن إنتاج البيانات.',
      zh: '按需从数据中心或在靠近数据产生地的位置提供的计算、存储和软件服务。',
      ru: 'Вычислительные ресурсы, хранение данных и программное обеспечение по запросу — из центров обработки данных или вблизи мест, где данные возникают.',
    },
  },
  {
    slug: 'blockchain',
    labels: { en: 'Blockchain and distributed ledgers', fr: 'Chaîne de blocs et registres distribués', es: 'Cadena de bloques y registros distribuidos', ar: 'سلسلة الكتل ودفاتر الأستاذ الموزعة', zh: '区块链与分布式账本', ru: 'Блокчейн и распределённые реестры' },
    description: {
      en: 'Shared records kept by many parties without a central authority, in which any alteration can be detected.',
      fr: 'Registres partagés, tenus par de multiples parties sans autorité centrale, dans lesquels toute modification est détectable.',
      es: 'Registros compartidos, mantenidos por múltiples partes sin una autoridad central, en los que cualquier alteración puede detectarse.',
      ar: 'سجلات مشتركة تحتفظ بها أطراف متعددة دون سلطة مركزية، ويمكن فيها كشف أي تعديل.',
      zh: '由多方共同维护、无需中心机构、任何篡改均可被发现的共享记录。',
      ru: 'Общие записи, которые ведут многие участники без центрального органа и в которых можно обнаружить любое изменение.',
    },
  },
  {
    slug: 'satellite',
    labels: { en: 'Satellite and non-terrestrial networks', fr: 'Satellites et réseaux non terrestres', es: 'Satélites y redes no terrestres', ar: 'السواتل والشبكات غير الأرضية', zh: '卫星与非地面网络', ru: 'Спутниковые и неназемные сети' },
    description: {
      en: 'Connectivity and Earth observation from satellites, high-altitude platforms and other non-terrestrial systems.',
      fr: 'Connectivité et observation de la Terre assurées par des satellites, des plateformes à haute altitude et d’autres systèmes non terrestres.',
      es: 'Conectividad y observación de la Tierra mediante satélites, plataformas a gran altitud y otros sistemas no terrestres.',
      ar: 'التوصيلية ورصد الأرض بواسطة السواتل والمنصات عالية الارتفاع وغيرها من الأنظمة غير الأرضية.',
      zh: '由卫星、高空平台及其他非地面系统提供的连接和对地观测。',
      ru: 'Связь и наблюдение Земли с помощью спутников, высотных платформ и других неназемных систем.',
    },
  },
  {
    slug: 'digital-identity',
    labels: { en: 'Digital identity', fr: 'Identité numérique', es: 'Identidad digital', ar: 'الهوية الرقمية', zh: '数字身份', ru: 'Цифровая идентификация' },
    description: {
      en: 'Ways for people and organisations to prove who they are online, securely and with their consent.',
      fr: 'Moyens permettant aux personnes et aux organisations de prouver leur identité en ligne, de manière sûre et avec leur consentement.',
      es: 'Medios para que las personas y las organizaciones demuestren su identidad en línea de forma segura y con su consentimiento.',
      ar: 'وسائل تتيح للأفراد والمؤسسات إثبات هويتهم عبر الإنترنت بشكل آمن وبموافقتهم.',
      zh: '个人和组织在网上安全地、经本人同意证明其身份的方式。',
      ru: 'Способы, позволяющие людям и организациям безопасно и с их согласия подтверждать свою личность в интернете.',
    },
  },
  {
    slug: 'digital-payments',
    labels: { en: 'Digital payments', fr: 'Paiements numériques', es: 'Pagos digitales', ar: 'المدفوعات الرقمية', zh: '数字支付', ru: 'Цифровые платежи' },
    description: {
      en: 'Mobile money, instant payments and other electronic ways to send, receive and save money.',
      fr: 'Argent mobile, paiements instantanés et autres moyens électroniques d’envoyer, de recevoir et d’épargner de l’argent.',
      es: 'Dinero móvil, pagos instantáneos y otras formas electrónicas de enviar, recibir y ahorrar dinero.',
      ar: 'الأموال المتنقلة والمدفوعات الفورية وغيرها من الوسائل الإلكترونية لإرسال الأموال وتلقيها وادخارها.',
      zh: '移动货币、即时支付以及其他以电子方式汇款、收款和储蓄的手段。',
      ru: 'Мобильные деньги, мгновенные платежи и другие электронные способы отправлять, получать и сберегать деньги.',
    },
  },
  {
    slug: 'open-data',
    labels: { en: 'Open data', fr: 'Données ouvertes', es: 'Datos abiertos', ar: 'البيانات المفتوحة', zh: '开放数据', ru: 'Открытые данные' },
    description: {
      en: 'Data published under an open licence and in reusable formats, so that anyone can access, use and share them.',
      fr: 'Données publiées sous licence ouverte et dans des formats réutilisables, que chacun peut consulter, utiliser et partager.',
      es: 'Datos publicados con licencia abierta y en formatos reutilizables para que cualquiera pueda consultarlos, usarlos y compartirlos.',
      ar: 'بيانات تُنشر بترخيص مفتوح وبصيغ قابلة لإعادة الاستخدام ليتمكن أي شخص من الاطلاع عليها واستخدامها وتقاسمها.',
      zh: '以开放许可和可重复使用的格式发布、任何人都可以获取、使用和共享的数据。',
      ru: 'Данные, опубликованные по открытой лицензии в форматах, пригодных для повторного использования, чтобы любой мог получать, использовать и распространять их.',
    },
  },
  {
    slug: 'cybersecurity',
    labels: { en: 'Cybersecurity', fr: 'Cybersécurité', es: 'Ciberseguridad', ar: 'الأمن السيبراني', zh: '网络安全', ru: 'Кибербезопасность' },
    description: {
      en: 'Protecting networks, systems, data and users against attacks, fraud and failures.',
      fr: 'Protection des réseaux, des systèmes, des données et des utilisateurs contre les attaques, la fraude et les défaillances.',
      es: 'Protección de redes, sistemas, datos y usuarios frente a ataques, fraudes y fallos.',
      ar: 'حماية الشبكات والأنظمة والبيانات والمستخدمين من الهجمات والاحتيال والأعطال.',
      zh: '保护网络、系统、数据和用户免受攻击、欺诈和故障的影响。',
      ru: 'Защита сетей, систем, данных и пользователей от атак, мошенничества и сбоев.',
    },
  },
  {
    slug: 'ar-vr',
    labels: { en: 'Augmented and virtual reality', fr: 'Réalité augmentée et virtuelle', es: 'Realidad aumentada y virtual', ar: 'الواقع المعزز والواقع الافتراضي', zh: '增强现实与虚拟现实', ru: 'Дополненная и виртуальная реальность' },
    description: {
      en: 'Immersive technologies that overlay digital content on the real world or create simulated environments.',
      fr: 'Technologies immersives qui superposent des contenus numériques au monde réel ou créent des environnements simulés.',
      es: 'Tecnologías inmersivas que superponen contenidos digitales al mundo real o crean entornos simulados.',
      ar: 'تكنولوجيات غامرة تضيف محتوى رقمياً إلى العالم الحقيقي أو تُنشئ بيئات محاكاة.',
      zh: '将数字内容叠加到现实世界或创建模拟环境的沉浸式技术。',
      ru: 'Иммерсивные технологии, которые накладывают цифровой контент на реальный мир или создают моделируемую среду.',
    },
  },
  {
    slug: 'broadband',
    labels: { en: 'Broadband infrastructure', fr: 'Infrastructures à large bande', es: 'Infraestructura de banda ancha', ar: 'البنية التحتية للنطاق العريض', zh: '宽带基础设施', ru: 'Широкополосная инфраструктура' },
    description: {
      en: 'Fixed and wireless networks – fibre, backbones, last-mile and community networks – that bring high-speed internet access.',
      fr: 'Réseaux fixes et sans fil – fibre, dorsales, dernier kilomètre, réseaux communautaires – qui apportent l’accès à l’internet à haut débit.',
      es: 'Redes fijas e inalámbricas (fibra, redes troncales, última milla y redes comunitarias) que llevan el acceso a internet de alta velocidad.',
      ar: 'الشبكات الثابتة واللاسلكية، من ألياف بصرية وشبكات أساسية وشبكات الميل الأخير والشبكات المجتمعية، التي توفر النفاذ إلى الإنترنت عالي السرعة.',
      zh: '提供高速互联网接入的固定和无线网络，包括光纤、骨干网、最后一公里网络和社区网络。',
      ru: 'Фиксированные и беспроводные сети — оптоволокно, магистральные сети, «последняя миля» и сети местных сообществ, — которые обеспечивают высокоскоростной доступ в интернет.',
    },
  },
];

const BY_SLUG = new Map(TECHNOLOGIES.map((t) => [t.slug, t]));

/** The technology with slug `slug`, or undefined. */
export function technology(slug: string): Technology | undefined {
  return BY_SLUG.get(slug);
}

import type { SampleCity } from './content'

/** The ten cities and regions of the sample, in the order they presented. */
export const sampleCities: SampleCity[] = [
  {
    name: 'Sofia',
    nativeName: 'София',
    country: 'Bulgaria',
    group: 'europe',
    kind: 'city',
    summary: 'Sofia uses **digitalisation** to build new skills and better education, and backs sustainable entrepreneurship and innovation.',
    practices: [
      '**Argentum**: projects for the silver economy',
      '**DIGITAL SOFIA**: brings stakeholders together to design sustainable solutions',
      '**Compass for Entrepreneurship**: tells start-ups where to find funding so they can innovate and compete',
      '**Smart Garden**: teaches children about sustainability and climate change'
    ],
    cooperation: ['Research and development', 'Vocational education and training', 'Entrepreneurship and innovation'],
    quotes: [],
    followUps: []
  },
  {
    name: 'Hangzhou',
    nativeName: '杭州',
    country: 'China',
    group: 'china',
    kind: 'city',
    summary:
      'Hangzhou trains talent for **cross-border e-commerce**: a new curriculum, entrepreneurship programmes and contests, ' +
      '**multi-level training** and innovation among students.',
    practices: ['Cross-border e-commerce talent training', 'Innovative curriculum', 'Entrepreneurship programmes and competitions', 'Multi-level training projects'],
    cooperation: ['Jointly curated pilot cases', 'A shared talent pool', 'Joint training', 'Academic exchange'],
    quotes: ['There is a need for global minded talent, as well as professionals with deep local knowledge.'],
    followUps: []
  },
  {
    name: 'Nuovo Circondario Imolese',
    nativeName: 'Nuovo Circondario Imolese',
    country: 'Italy',
    group: 'europe',
    kind: 'region',
    summary: 'The union of municipalities around Imola, near Bologna, has long run education and training events on the environment.',
    practices: [
      'Urban reforestation',
      'Green cities: networks of urban parks and eco-industrial parks',
      'Better environmental quality and biodiversity',
      'Outdoor education',
      'Public–private collaboration'
    ],
    cooperation: ['**Educational projects** for specific groups, such as children', 'New joint **research centres** and laboratories', 'Industrial symbiosis'],
    quotes: ['Job and capacity building lie at the center of NCI’s activities.'],
    followUps: []
  },
  {
    name: "Xi'an",
    nativeName: '西安',
    country: 'China',
    group: 'china',
    kind: 'city',
    summary: "Xi'an opens its education system to the world and ties it closely to industry and innovation.",
    practices: [
      'Opening up education',
      'The *iHARBOUR* innovation campus',
      '**Industry–education integration** serving an innovation-driven strategy',
      'A Joint School of Design and Innovation',
      'Cooperation with European countries and universities'
    ],
    cooperation: ['Academic exchange', 'University partnerships'],
    quotes: ["“Build a better future together” is the goal of Xi'an. Cooperation and innovation are key factors."],
    followUps: ['Extend academic exchange and partnerships']
  },
  {
    name: 'Lazio',
    nativeName: 'Regione Lazio',
    country: 'Italy',
    group: 'europe',
    kind: 'region',
    summary: 'Lazio builds cooperation on three pillars — **training, innovation and participation** — and proposes a **cross-cultural approach** centred on R&D.',
    practices: ['Training', 'Innovation', 'Participation'],
    cooperation: [
      'Energy transition',
      'Designing and delivering targeted training',
      'Environmental analysis of rural areas with GIS',
      'Digital-twin tools for construction and heritage architecture'
    ],
    quotes: [],
    followUps: []
  },
  {
    name: 'Zhengzhou',
    nativeName: '郑州',
    country: 'China',
    group: 'china',
    kind: 'city',
    summary: 'Zhengzhou follows an **innovation-driven** strategy and is expanding vocational education to **upskill its whole workforce**.',
    practices: ['Pilot schemes', 'Partnerships between businesses and universities', 'Cooperation at global level', 'Innovation centres'],
    cooperation: [
      '*Scientific development*, through academic exchange',
      '*Teacher qualification*, through training',
      '*Policy support*, by sharing best practices'
    ],
    quotes: [],
    followUps: []
  },
  {
    name: 'Ioannina',
    nativeName: 'Ιωάννινα',
    country: 'Greece',
    group: 'europe',
    kind: 'city',
    summary:
      'Ioannina set up a *Convention & Visitors Bureau* for **sustainable tourism**, with a formal business plan, regular staff training ' +
      'and many local stakeholders. MICE experts (meetings, incentives, conferences and events) are key.',
    practices: ['The new Convention & Visitors Bureau', 'A formal business plan', 'Regular training for staff'],
    cooperation: [],
    quotes: [],
    followUps: ['Exchange international know-how', 'Work with universities on training in **digital and management skills**']
  },
  {
    name: 'Haikou',
    nativeName: '海口',
    country: 'China',
    group: 'china',
    kind: 'city',
    summary:
      'Haikou has long experience in **vocational education** and in guidance towards jobs and entrepreneurship, shown by its *Vocational Tourism School*.',
    practices: ['Classes set up with companies', 'Training policies', 'International cooperation'],
    cooperation: [
      'Developing courses and new majors together',
      '**Smart solutions** for visitors',
      'Targeted promotion of tourism ideas',
      'Joint research and vocational training',
      'A joint platform for infant care, health care and tourism',
      'Raising the quality of professional groups'
    ],
    quotes: [],
    followUps: []
  },
  {
    name: 'Ljubljana Urban Region',
    nativeName: 'Ljubljanska urbana regija',
    country: 'Slovenia',
    group: 'europe',
    kind: 'region',
    summary: 'The region presented its *SMART factory demo centre*.',
    practices: ['SMART factory demo centre'],
    cooperation: [
      '**Artificial intelligence** and smart algorithms',
      'Distributed systems and edge computing',
      'AI-based **digital twins** and agents for autonomous decisions',
      'Flexible, reconfigurable **robotic** and cobotic cells',
      'Smart production and manufacturing',
      'Modelling, simulation and **data analytics**',
      'AR and VR',
      'Architecture models, **communication** protocols and 5G'
    ],
    quotes: ['We educate people from the industry to raise digital awareness and teach them skills that are important in the digital transformation.'],
    followUps: []
  },
  {
    name: 'Wuhan',
    nativeName: '武汉',
    country: 'China',
    group: 'china',
    kind: 'city',
    summary: 'Wuhan presented the research and development of *Jianghan University*.',
    practices: ['Research and development at Jianghan University'],
    cooperation: [
      'Using high-quality **international education resources** to innovate and train talent with an **innovative spirit**',
      'More and better-trained faculty',
      'Stronger **multilateral scientific research**',
      'Recruiting international students',
      'One-to-one pairing of colleges and universities'
    ],
    quotes: [],
    followUps: []
  }
]

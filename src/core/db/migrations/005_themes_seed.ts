/**
 * The themes a new database starts with, drawn from what cities offered to cooperate on in
 * Europe–China skills webinars. Frozen with migration 5: editing this list changes nothing
 * in databases already migrated, and users edit or merge the themes in the app instead.
 */
export interface SeedTheme {
  name: string
  nameZh: string
  description: string
  colour: string
  keywords: string[]
}

export const seedThemes: SeedTheme[] = [
  {
    name: 'Vocational education and training',
    nameZh: '职业教育与培训',
    description: 'VET, apprenticeships, upskilling and life-long learning.',
    colour: '#1c7ed6',
    keywords: ['vocational', 'VET', 'apprenticeship', 'training', 'upskilling', 'upscale', 'reskilling', 'skills', 'life-long learning', 'lifelong learning', 'industry-education', '职业教育', '职业培训', '培训', '技能', '终身学习', '产教融合']
  },
  {
    name: 'Academic exchange',
    nameZh: '学术交流',
    description: 'Exchanges and partnerships between universities, students and scholars.',
    colour: '#7048e8',
    keywords: ['academic', 'exchange', 'university', 'universities', 'student mobility', 'scholar', 'campus', 'joint school', 'college', 'international students', '学术交流', '大学', '高校', '交流', '留学', '校园']
  },
  {
    name: 'Green transition',
    nameZh: '绿色转型',
    description: 'Climate, energy, biodiversity and green cities.',
    colour: '#2f9e44',
    keywords: ['green', 'sustainable', 'sustainability', 'climate', 'energy transition', 'energy', 'renewable', 'biodiversity', 'reforestation', 'environment', 'circular economy', 'industrial symbiosis', 'eco', '绿色', '可持续', '气候', '能源', '环境', '生态', '低碳', '碳中和']
  },
  {
    name: 'Digital transition',
    nameZh: '数字化转型',
    description: 'Digital skills, e-commerce, smart cities and digital tools.',
    colour: '#1098ad',
    keywords: ['digital', 'digitalization', 'digitalisation', 'e-commerce', 'smart city', 'digital twin', 'online', '数字', '数字化', '电子商务', '电商', '智慧城市']
  },
  {
    name: 'Entrepreneurship and start-ups',
    nameZh: '创业与初创企业',
    description: 'Start-up acceleration, mentoring, incubators and entrepreneurial skills.',
    colour: '#f08c00',
    keywords: ['entrepreneur', 'entrepreneurship', 'entrepreneurial', 'start-up', 'startup', 'incubator', 'accelerator', 'venture', 'SME', 'business plan', '创业', '初创', '孵化', '企业家', '创新创业']
  },
  {
    name: 'Tourism',
    nameZh: '旅游',
    description: 'Sustainable tourism, visitors, MICE and heritage.',
    colour: '#e8590c',
    keywords: ['tourism', 'tourist', 'visitors', 'MICE', 'hospitality', 'heritage', 'convention', '旅游', '游客', '会展', '文旅', '遗产']
  },
  {
    name: 'AI and data',
    nameZh: '人工智能与数据',
    description: 'Artificial intelligence, data and analytics.',
    colour: '#c2255c',
    keywords: ['AI', 'artificial intelligence', 'data', 'big data', 'machine learning', 'GIS', 'analytics', 'algorithm', '人工智能', '数据', '大数据', '算法', '智能']
  },
  {
    name: 'Research centres',
    nameZh: '研究中心',
    description: 'Joint research centres, laboratories and R&D.',
    colour: '#5c940d',
    keywords: ['research', 'R&D', 'laboratory', 'laboratories', 'lab', 'labs', 'research centre', 'research center', 'innovation centre', 'innovation center', 'scientific', 'science', '研究', '研发', '实验室', '研究中心', '科研', '创新中心', '科学']
  },
  {
    name: 'Teacher training',
    nameZh: '教师培训',
    description: 'Qualification and training of teachers and educators.',
    colour: '#9c36b5',
    keywords: ['teacher', 'teachers', 'educator', 'pedagogy', 'faculty', 'qualification of teachers', '教师', '师资', '教师培训']
  },
  {
    name: 'Talent',
    nameZh: '人才',
    description: 'Talent pools, jobs and the workforce.',
    colour: '#d6336c',
    keywords: ['talent', 'talent pool', 'workforce', 'labour force', 'labor force', 'jobs', 'employment', 'recruitment', 'recruiting', '人才', '人才库', '就业', '劳动力']
  },
  {
    name: 'Ageing and inclusion',
    nameZh: '老龄化与包容',
    description: 'The silver economy, older people and inclusive education.',
    colour: '#868e96',
    keywords: ['ageing', 'aging', 'silver economy', 'elderly', 'older people', 'inclusion', 'inclusive', '老龄', '银发经济', '养老', '包容']
  }
]

import { describe, expect, it } from 'vitest'
import { seedThemes } from '../../src/core/db/migrations/005_themes_seed'
import { suggestThemes } from '../../src/shared/synergy/suggest'

// The default themes, as a new database has them.
const themes = seedThemes.map((t, i) => ({ id: String(i), ...t }))
const nameOf = (id: string) => themes.find((t) => t.id === id)?.name
const suggest = (text: string) => suggestThemes(text, themes).map((s) => nameOf(s.themeId))

describe('theme suggestions for typed text', () => {
  it('suggests from English words, naming the words that matched', () => {
    const result = suggestThemes('Joint curation of cross-border e-commerce start-ups', themes)
    expect(result.map((s) => nameOf(s.themeId))).toEqual(['Digital transition', 'Entrepreneurship and start-ups'])
    expect(result[0]?.matched).toEqual(['e-commerce'])
  })

  it('suggests from Chinese words without spaces between them', () => {
    expect(suggest('共建跨境电商人才库，推动职业教育合作')).toEqual(['Talent', 'Digital transition', 'Vocational education and training'])
    expect(suggest('可持续旅游')).toEqual(['Green transition', 'Tourism'])
  })

  it('ranks the theme with more matching words first', () => {
    expect(suggest('Establishing new joint research centers and laboratories')[0]).toBe('Research centres')
  })

  it('lets a longer word carry an ending but keeps short keywords whole', () => {
    expect(suggest('Entrepreneurs mentoring')).toEqual(['Entrepreneurship and start-ups'])
    expect(suggest('We aim to help')).toEqual([])
    expect(suggest('AI for cities')).toEqual(['AI and data'])
    expect(suggest('Start‑Ups')).toEqual(['Entrepreneurship and start-ups'])
  })

  it('leaves out themes already applied and says nothing for empty text', () => {
    const applied = themes.find((t) => t.name === 'Tourism')?.id ?? ''
    expect(suggestThemes('sustainable tourism', themes, [applied]).map((s) => nameOf(s.themeId))).toEqual(['Green transition'])
    expect(suggestThemes('   ', themes)).toEqual([])
  })
})

describe('evidence as plain text', () => {
  it('drops Markdown emphasis but keeps the words', async () => {
    const { plainText } = await import('../../src/shared/synergy/plainText')
    expect(plainText('*Teacher qualification*, through **training**')).toBe('Teacher qualification, through training')
    expect(plainText('Stronger **multilateral scientific research**')).toBe('Stronger multilateral scientific research')
  })
})

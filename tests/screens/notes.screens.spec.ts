import { test } from '../e2e/fixtures'

const out = (name: string) => `screenshots/${name}.png`

test('live capture, search results and action items', async ({ page, app }) => {
  const { core } = app
  const workshop = await core.run('createWorkshop', {
    title: 'New skills for sustainability, competitiveness and innovation',
    date: '2026-10-23',
    startTime: '09:30',
    timeZone: 'Europe/Brussels',
    secondTimeZone: 'Asia/Shanghai'
  })
  const hangzhou = await core.run('createCity', { name: 'Hangzhou', nativeName: '杭州', group: 'china' })
  const sofia = await core.run('createCity', { name: 'Sofia', group: 'europe' })
  const li = await core.run('createSpeaker', { name: 'Li Wei', cityId: hangzhou.id })
  for (const city of [hangzhou, sofia]) await core.run('addWorkshopCity', { workshopId: workshop.id, cityId: city.id })
  await core.run('addWorkshopSpeaker', { workshopId: workshop.id, speakerId: li.id })
  await core.run('createAgendaItem', { workshopId: workshop.id, title: 'Welcome', kind: 'welcome', durationMinutes: 10 })
  const item = await core.run('createAgendaItem', { workshopId: workshop.id, title: 'Hangzhou: cross-border e-commerce talent', kind: 'case_study', speakerIds: [li.id], cityId: hangzhou.id })
  await core.run('startLiveRun', { workshopId: workshop.id, at: '2026-10-23T07:30:00Z' })
  await core.run('advanceLiveRun', { workshopId: workshop.id, at: '2026-10-23T07:41:00Z' })

  const lines: [string, 'plain' | 'quote' | 'practice' | 'cooperation' | 'action'][] = [
    ['Innovative curriculum, entrepreneurial programmes and **competitions**', 'practice'],
    ['There is a need for global minded talent, as well as professionals with deep local knowledge.', 'quote'],
    ['杭州分享了跨境电商人才培养的创新实践', 'plain'],
    ['Joint curation of pilot cases; shared talent pool', 'cooperation'],
    ['Send the curriculum outline to Sofia before the next call', 'action'],
    ['Multi-level training projects with enterprises', 'plain'],
    ['职业教育与企业合作：共建实训基地', 'plain']
  ]
  let minute = 42
  for (const [text, kind] of lines) {
    await core.run('createNote', {
      workshopId: workshop.id,
      text,
      kind,
      takenAt: `2026-10-23T07:${minute++}:00Z`,
      agendaItemId: item.id,
      speakerId: li.id,
      cityId: hangzhou.id
    })
  }
  await app.open()
  await page.getByTestId('workshop-card').click()
  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.getByTestId('note').first().waitFor()
  await page.getByTestId('note-capture').fill('Academic exchange with European universities')
  await page.screenshot({ path: out('notes-live-capture'), fullPage: true })

  await page.keyboard.press('Control+k')
  await page.keyboard.type('创新')
  await page.keyboard.press('Enter')
  await page.getByTestId('search-hit').first().waitFor()
  await page.screenshot({ path: out('notes-search-chinese'), fullPage: true })

  await page.getByTestId('search-box').fill('talent')
  await page.getByTestId('search-box').press('Enter')
  await page.getByTestId('search-group').first().waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: out('notes-search-results'), fullPage: true })

  // One character: found through the index, like longer words.
  await page.getByTestId('search-box').fill('杭')
  await page.getByTestId('search-box').press('Enter')
  await page.getByTestId('search-group').first().waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: out('notes-search-one-character'), fullPage: true })

  for (let i = 1; i <= 30; i++) await core.run('createNote', { workshopId: workshop.id, text: `Study visit ${i}: dual training centre in Hangzhou` })
  await page.getByTestId('search-box').fill('study visit')
  await page.getByTestId('search-box').press('Enter')
  await page.getByTestId('search-show-all').first().waitFor()
  await page.screenshot({ path: out('notes-search-show-all') })
  await page.getByTestId('search-show-all').first().click()
  await page.getByTestId('search-group').filter({ hasText: '30' }).waitFor()
  await page.screenshot({ path: out('notes-search-all-notes') })

  await page.getByRole('navigation').getByRole('button', { name: 'Workshops' }).click()
  await page.getByTestId('workshop-card').click()
  await page.getByRole('tab', { name: 'Notes' }).click()
  await core.run('updatePreferences', { language: 'zh' })
  await page.reload()
  await page.getByTestId('note').first().waitFor()
  await page.screenshot({ path: out('notes-live-capture-zh'), fullPage: true })
  await core.run('updatePreferences', { language: 'en' })
  await page.reload()

  const [action] = await core.run('listActionItems', {})
  if (action) await core.run('updateActionItem', { id: action.id, dueDate: '2026-11-01' })
  await page.getByRole('navigation').getByRole('button', { name: 'Action items' }).click()
  await page.getByTestId('action-item').first().waitFor()
  await page.screenshot({ path: out('notes-action-items'), fullPage: true })
})

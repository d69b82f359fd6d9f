import { expect, test } from './fixtures'

test('live notes: five notes under the running item, a quote reaches the case study, search finds Chinese and jumps back', async ({ page, app }) => {
  const { core } = app
  const workshop = await core.run('createWorkshop', { title: 'Skills webinar', date: '2026-10-23', startTime: '16:30', timeZone: 'Europe/Brussels' })
  const hangzhou = await core.run('createCity', { name: 'Hangzhou', nativeName: '杭州', group: 'china' })
  const speaker = await core.run('createSpeaker', { name: 'Li Wei', cityId: hangzhou.id })
  await core.run('addWorkshopCity', { workshopId: workshop.id, cityId: hangzhou.id })
  await core.run('addWorkshopSpeaker', { workshopId: workshop.id, speakerId: speaker.id })
  await core.run('createAgendaItem', { workshopId: workshop.id, title: 'Hangzhou case study', kind: 'case_study', speakerIds: [speaker.id], cityId: hangzhou.id })
  await core.run('startLiveRun', { workshopId: workshop.id })

  await app.open()
  await page.getByTestId('workshop-card').click()
  await page.getByRole('tab', { name: 'Notes' }).click()
  await expect(page.getByTestId('capture-status')).toContainText('Hangzhou case study')

  const lines = [
    'Cross-border e-commerce talent cultivation',
    'There is a need for global minded talent',
    'Follow up: send the curriculum to Sofia',
    '杭州的创新课程',
    'Shared talent pool'
  ]
  const box = page.getByTestId('note-capture')
  for (const line of lines) {
    await box.fill(line)
    await box.press('Enter')
    await expect(box).toHaveValue('')
  }
  const notes = page.getByTestId('note')
  await expect(notes).toHaveCount(5)
  await expect(notes.first()).toContainText('Hangzhou case study · Li Wei · Hangzhou')

  await notes.nth(1).focus()
  await page.keyboard.press('Alt+KeyQ')
  await expect(notes.nth(1).getByTestId('note-kind')).toHaveText('Quote')
  await notes.nth(2).focus()
  await page.keyboard.press('Alt+KeyA')
  await expect(notes.nth(2).getByTestId('note-kind')).toHaveText('Action item')

  const actions = await core.run('listActionItems', {})
  expect(actions.map((a) => [a.text, a.ownerName])).toEqual([['Follow up: send the curriculum to Sofia', 'Li Wei']])
  const study = await core.run('getCaseStudy', { workshopId: workshop.id, cityId: hangzhou.id })
  expect(study.items.find((i) => i.kind === 'quote')).toMatchObject({ text: 'There is a need for global minded talent', speakerId: speaker.id })

  // Notes stay editable, and a delete can be undone.
  await notes.nth(4).getByRole('button', { name: 'Mark as' }).click()
  await page.getByRole('menuitem', { name: 'Edit' }).click()
  await notes.nth(4).getByRole('textbox').fill('Shared talent pool (Hangzhou + Sofia)')
  await notes.nth(4).getByRole('button', { name: 'Save' }).click()
  await expect(notes.nth(4)).toContainText('Shared talent pool (Hangzhou + Sofia)')
  await notes.nth(4).focus()
  await page.keyboard.press('Delete')
  await expect(notes).toHaveCount(4)
  await page.getByTestId('undo-note-delete').click()
  await expect(notes).toHaveCount(5)
  await expect(notes.nth(4)).toContainText('Shared talent pool (Hangzhou + Sofia)')

  // The quote shows in the city's case study, in the UI.
  await page.getByRole('tab', { name: 'Case studies' }).click()
  await expect(page.getByText('There is a need for global minded talent')).toBeVisible()

  // Ctrl+K, a two-character Chinese word, a click: back on the note, marked.
  await page.keyboard.press('Control+k')
  await expect(page.getByTestId('search-box')).toBeFocused()
  await page.keyboard.type('创新')
  await page.keyboard.press('Enter')
  const hit = page.getByTestId('search-hit').filter({ hasText: '杭州的创新课程' })
  await expect(hit.getByTestId('search-hit-mark')).toHaveText('创新')
  await hit.click()
  await expect(page.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('[data-testid="note"][data-focused]')).toContainText('杭州的创新课程')
})

test('a failed save keeps the text in the box and retries until it is saved', async ({ page, app }) => {
  const workshop = await app.core.run('createWorkshop', { title: 'Offline moment', date: '2026-10-23' })
  await app.open()
  await page.getByTestId('workshop-card').click()
  await page.getByRole('tab', { name: 'Notes' }).click()
  let failures = 2
  await page.route('**/api/createNote', (route) => (failures-- > 0 ? route.abort() : route.continue()))
  const box = page.getByTestId('note-capture')
  await box.fill('Never lose this')
  await box.press('Enter')
  await expect(page.getByTestId('capture-status')).toHaveAttribute('data-state', 'retrying')
  await expect(box).toHaveValue('Never lose this')
  await expect(page.getByTestId('note')).toHaveCount(1, { timeout: 10_000 })
  await expect(box).toHaveValue('')
  expect((await app.core.run('listNotes', { workshopId: workshop.id })).map((n) => n.text)).toEqual(['Never lose this'])
})

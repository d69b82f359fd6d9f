import { request as http } from 'node:http'
import { expect, test } from './fixtures'

/** Raw requests, so that the Host and Origin headers are exactly what an attacker would send. */
function call(port: number, path: string, headers: Record<string, string>, body = '{}') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      let data = ''
      res.on('data', (chunk) => (data += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

test('the browser-mode server refuses calls without the token, with a foreign Host or from another origin', async ({ app }) => {
  const { port, token } = app.server
  const host = `127.0.0.1:${port}`
  const create = '{"title":"Injected","date":"2026-01-01"}'

  expect((await call(port, '/api/createWorkshop', { Host: host }, create)).status).toBe(401)
  expect((await call(port, '/api/createWorkshop', { Host: host, Authorization: 'Bearer wrong' }, create)).status).toBe(401)
  expect((await call(port, '/api/createWorkshop', { Host: `evil.example:${port}`, Authorization: `Bearer ${token}` }, create)).status).toBe(403)
  expect(
    (await call(port, '/api/createWorkshop', { Host: host, Origin: 'http://127.0.0.1:1', Authorization: `Bearer ${token}` }, create)).status
  ).toBe(403)
  expect(await app.core.run('listWorkshops', {})).toEqual([])

  const allowed = await call(port, '/api/listWorkshops', { Host: host, Authorization: `Bearer ${token}` })
  expect(allowed.status).toBe(200)
})

test('the page has no Node, exactly the contract on window.api, and a CSP that blocks inline script', async ({ page, app }) => {
  await app.open()
  // Browser mode puts window.api in place once the first screen has been painted.
  await page.waitForFunction(() => window.api !== undefined)
  const probe = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: Object.keys(window.api ?? {}).sort()
  }))
  const { methodNames } = await import('../../src/shared/contract')
  expect(probe.require).toBe('undefined')
  expect(probe.process).toBe('undefined')
  expect(probe.api).toEqual([...methodNames].sort())

  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inline = true'
    document.body.append(script)
    return (window as unknown as { __inline?: boolean }).__inline === true
  })
  expect(inlineRan).toBe(false)
  // Code given as a string to a timer is governed by the page's CSP (page.evaluate itself is not).
  const evalRan = await page.evaluate(async () => {
    ;(setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true', 0)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return (window as unknown as { __evalRan?: boolean }).__evalRan === true
  })
  expect(evalRan).toBe(false)
})

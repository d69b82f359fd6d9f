import { defineConfig } from '@playwright/test'

// The desktop app in a real Electron (tests/electron). Each test skips itself, with the
// reason, where the Electron binary is not installed.
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']]
})

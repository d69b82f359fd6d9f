import { defineConfig } from '@playwright/test'
import base from './playwright.config'

// `npx playwright test -c playwright.screens.config.ts`: screenshots to look at, not assertions.
export default defineConfig({ ...base, testDir: 'tests/screens', workers: 1 })

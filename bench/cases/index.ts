import type { BenchCase } from '../figures'
import { apiCase } from './api'
import { httpCase } from './http'
import { importCase } from './import'
import { rendererCase } from './renderer'
import { reportCase } from './report'
import { searchCase } from './search'
import { startupCase } from './startup'

/** Run in this order: cheap in-process figures first, the browser last. */
export const cases: BenchCase[] = [apiCase, httpCase, searchCase, startupCase, importCase, reportCase, rendererCase]

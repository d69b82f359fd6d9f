import type { z } from 'zod'
import { caseStudyMethods, cityMethods, speakerMethods, workshopMethods } from './contract/dossier'
import { systemMethods } from './contract/system'
import { safetyMethods } from './contract/safety'
import { sampleMethods } from './contract/sample'
import { synergyMethods, themeMethods } from './contract/synergy'
import { agendaMethods, liveMethods } from './contract/agenda'
import { actionItemMethods, noteMethods, searchMethods } from './contract/notes'
import { reportMethods } from './contract/report'

/**
 * Every API method, declared once. The service's handlers, the Electron IPC adapter,
 * the preload bridge, the browser-mode server, the CLI and the renderer's client are
 * all derived from this table. Feature areas add their methods in src/shared/contract/.
 */
export const contract = {
  ...systemMethods,
  ...safetyMethods,
  ...themeMethods,
  ...synergyMethods,
  ...workshopMethods,
  ...speakerMethods,
  ...cityMethods,
  ...caseStudyMethods,
  ...sampleMethods,
  ...agendaMethods,
  ...liveMethods,
  ...reportMethods,
  ...noteMethods,
  ...actionItemMethods,
  ...searchMethods
}

export type Contract = typeof contract
export type MethodName = keyof Contract
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>

/**
 * Server side: one handler per method, receiving already-validated input. Handlers are
 * synchronous (better-sqlite3 is) except those declared with `transaction: false`.
 */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> }

/** Client side: the same methods, asynchronous, taking what a caller may send. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> }

export const methodNames = Object.keys(contract) as MethodName[]

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name)

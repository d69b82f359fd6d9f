import type { Handlers, MethodName } from '../../shared/contract'
import type { ServiceContext } from './context'
import { caseStudyHandlers, cityHandlers, speakerHandlers, workshopHandlers } from './dossier'
import { systemHandlers } from './system'
import { safetyHandlers } from './safety'
import { sampleHandlers } from './sample'
import { synergyHandlers, themeHandlers } from './synergy'
import { agendaHandlers } from './agenda'
import { actionItemHandlers, noteHandlers } from './notes'
import { searchHandlers } from './search'
import { reportHandlers } from './report'

export type { ServiceContext } from './context'

/** One handler per contract method, all over the same database. */
export function createService(context: ServiceContext) {
  const handlers = {
    ...systemHandlers(context),
    ...safetyHandlers(context),
    ...themeHandlers(context),
    ...synergyHandlers(context),
    ...workshopHandlers(context),
    ...speakerHandlers(context),
    ...cityHandlers(context),
    ...caseStudyHandlers(context),
    ...sampleHandlers(context),
    ...agendaHandlers(context),
    ...reportHandlers(context),
    ...noteHandlers(context),
    ...actionItemHandlers(context),
    ...searchHandlers(context)
  } satisfies Handlers
  // A handler with no method in the contract is a mistake too: fail to compile.
  const noExtraHandlers: [Exclude<keyof typeof handlers, MethodName>] extends [never] ? true : false = true
  void noExtraHandlers
  return handlers as Handlers
}

export type Service = Handlers

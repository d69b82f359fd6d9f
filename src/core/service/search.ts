import type { Handlers } from '../../shared/contract'
import { search } from '../search/search'
import type { ServiceContext } from './context'

export const searchHandlers = ({ db }: ServiceContext) =>
  ({
    search: ({ query, perKind }) => search(db, query, perKind)
  }) satisfies Partial<Handlers>

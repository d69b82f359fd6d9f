import type { Handlers } from '../../shared/contract'
import { search } from '../search/search'
import type { ServiceContext } from './context'

export const searchHandlers = ({ db }: ServiceContext) =>
  ({
    search: ({ query, perKind, kinds }) => search(db, query, perKind, kinds)
  }) satisfies Partial<Handlers>

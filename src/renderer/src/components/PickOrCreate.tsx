import { Select } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

const CREATE = '\u0000create'

/**
 * Adds an existing record, or creates one inline from what was typed: the facilitator never
 * has to leave the workshop page to add a new speaker or city.
 */
export function PickOrCreate(props: {
  label: string
  placeholder: string
  options: { value: string; label: string }[]
  onPick: (id: string) => void
  onCreate: (name: string) => void
  /** Names already taking part: typing one of them must not create a duplicate. */
  taken?: string[]
  testId?: string
}) {
  const { t } = useTranslation('editing')
  const [search, setSearch] = useState('')
  const typed = search.trim()
  const same = (name: string) => name.toLocaleLowerCase() === typed.toLocaleLowerCase()
  const exact = props.options.some((o) => same(o.label)) || (props.taken ?? []).some(same)
  const data = typed && !exact ? [...props.options, { value: CREATE, label: t('pick.create', { name: typed }) }] : props.options

  return (
    <Select
      label={props.label}
      placeholder={props.placeholder}
      searchable
      clearable={false}
      data={data}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('pick.nothing')}
      limit={30}
      data-testid={props.testId}
      // Creating must stay reachable however the typed name is filtered.
      filter={({ options, search: query }) =>
        options.filter((o) => 'value' in o && (o.value === CREATE || o.label.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase())))
      }
      onChange={(value) => {
        if (!value) return
        if (value === CREATE) props.onCreate(typed)
        else props.onPick(value)
        setSearch('')
      }}
    />
  )
}

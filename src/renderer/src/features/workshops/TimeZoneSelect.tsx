import { Select } from '@mantine/core'
import { useMemo } from 'react'

const zones = (): string[] => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC', 'Europe/Brussels', 'Asia/Shanghai'])

/** A searchable list of IANA zones (Europe/Brussels, Asia/Shanghai…): never abbreviations. */
export function TimeZoneSelect(props: {
  label: string
  value: string | null
  onChange: (zone: string | null) => void
  error?: string
  clearable?: boolean
  placeholder?: string
}) {
  const data = useMemo(() => zones(), [])
  return (
    <Select
      searchable
      clearable={props.clearable}
      allowDeselect={props.clearable ?? false}
      label={props.label}
      placeholder={props.placeholder}
      data={data}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      limit={50}
      nothingFoundMessage="—"
    />
  )
}

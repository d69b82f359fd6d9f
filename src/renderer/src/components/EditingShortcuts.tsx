import { Kbd, Table, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

// Keys handled inside the editing screens themselves (not menu commands), listed beside them.
const keys: [string, string][] = [
  ['Alt+1, Alt+2 …', 'sections'],
  ['Alt+N', 'newInList'],
  ['/', 'searchList'],
  ['Enter', 'addEntry'],
  ['Shift+Enter', 'newLine'],
  ['Space, ↑ ↓, Space', 'reorder'],
  ['Esc', 'clearSearch']
]

export function EditingShortcuts() {
  const { t } = useTranslation('editing')
  return (
    <>
      <Title order={4} mt="md" mb="xs">
        {t('keys.title')}
      </Title>
      <Table data-testid="editing-shortcuts">
        <Table.Tbody>
          {keys.map(([key, what]) => (
            <Table.Tr key={what}>
              <Table.Td>{t(`keys.${what}`)}</Table.Td>
              <Table.Td>
                <Kbd>{key}</Kbd>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}

import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Theme } from '../../../../shared/domain/synergy'
import { errorMessage } from '../../api/client'
import { useAppStore } from '../../store'
import { useThemeLabel } from './useThemeLabel'

/** Folds `source` into a theme the facilitator picks; says beforehand exactly what will happen. */
export function MergeThemeModal({ source, onClose }: { source: Theme | null; onClose: () => void }) {
  const { t } = useTranslation(['synergies', 'common'])
  const label = useThemeLabel()
  const themes = useAppStore((s) => s.themes)
  const themesMerged = useAppStore((s) => s.themesMerged)
  const [targetId, setTargetId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const name = source ? label(source) : ''

  const close = () => {
    setTargetId(null)
    setError(null)
    onClose()
  }
  const merge = async () => {
    if (!source || !targetId) return
    try {
      await themesMerged(source.id, targetId)
      close()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <Modal opened={source !== null} onClose={close} title={t('themes.mergeTitle', { name })}>
      <Stack>
        <Select
          label={t('themes.mergeInto')}
          searchable
          value={targetId}
          onChange={setTargetId}
          data={themes.filter((th) => th.id !== source?.id).map((th) => ({ value: th.id, label: label(th) }))}
        />
        <Text size="sm" c="dimmed">
          {t('themes.mergeExplained', { name })}
        </Text>
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button disabled={!targetId} onClick={() => void merge()}>
            {t('themes.mergeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

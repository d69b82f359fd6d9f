import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import i18n from '../../i18n'
import { api, errorMessage } from '../../api/client'
import { registerCommand } from '../../app/commands'
import { useAppStore } from '../../store'

/** Loads the sample workshop and opens it: how a new user sees what Roundtable is for. */
export async function loadSampleWorkshop(): Promise<void> {
  try {
    const { workshopId } = await api.loadSampleWorkshop({})
    await useAppStore.getState().workshopsRequested()
    notifications.show({ color: 'green', message: i18n.t('workshops:sample.loaded') })
    useAppStore.getState().navigated({ section: 'workshop', id: workshopId })
  } catch (error) {
    notifications.show({ color: 'red', message: errorMessage(error) })
  }
}

// The menu's "Open sample workshop" works from every screen, so it is registered once here.
registerCommand('workshop.openSample', loadSampleWorkshop)

export function useLoadSample() {
  const [loading, setLoading] = useState(false)
  const loadSample = async () => {
    setLoading(true)
    await loadSampleWorkshop()
    setLoading(false)
  }
  return { loadSample, loading }
}

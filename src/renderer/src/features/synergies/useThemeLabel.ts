import { useCallback } from 'react'
import { useAppStore } from '../../store'

/** A theme's name in the interface language; the English name stands in when no Chinese one exists. */
export function useThemeLabel(): (theme: { name: string; nameZh: string }) => string {
  const language = useAppStore((s) => s.preferences.language)
  return useCallback((theme) => (language === 'zh' && theme.nameZh ? theme.nameZh : theme.name), [language])
}

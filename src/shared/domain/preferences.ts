import { z } from 'zod'

export const languages = ['en', 'zh'] as const
export const colorSchemes = ['auto', 'light', 'dark'] as const

export const preferences = z.object({
  language: z.enum(languages).default('en'),
  colorScheme: z.enum(colorSchemes).default('auto')
})

export const preferencesUpdate = z.object({
  language: z.enum(languages).optional(),
  colorScheme: z.enum(colorSchemes).optional()
})

export type Preferences = z.infer<typeof preferences>
export type Language = (typeof languages)[number]
export type ColorScheme = (typeof colorSchemes)[number]

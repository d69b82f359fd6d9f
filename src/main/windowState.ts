/**
 * Where the main window was, remembered in the settings table between launches. Pure
 * functions over plain rectangles, so the rules (ignore nonsense, never reopen off-screen)
 * are tested without Electron.
 */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
}

export const windowStateKey = 'desktop.windowState'
export const defaultSize = { width: 1280, height: 820 }
export const minimumSize = { width: 900, height: 600 }

const isRect = (value: unknown): value is Rect => {
  const r = value as Record<string, unknown> | null
  return !!r && ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]))
}

/** A remembered state, or undefined when there is none or it does not parse. */
export function parseWindowState(json: string | undefined): WindowState | undefined {
  if (!json) return undefined
  try {
    const value = JSON.parse(json) as { bounds?: unknown; maximized?: unknown }
    if (!isRect(value.bounds)) return undefined
    return { bounds: value.bounds, maximized: value.maximized === true }
  } catch {
    return undefined
  }
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))

/**
 * The bounds to open with: the remembered ones if enough of the window lands on a screen
 * that still exists (a laptop unplugged from its second monitor), else the default size
 * centred by the system. Sizes are clamped to what fits on that screen.
 */
export function restoreBounds(state: WindowState | undefined, workAreas: Rect[]): Partial<Rect> & { width: number; height: number } {
  if (!state) return { ...defaultSize }
  const { bounds } = state
  const screen = workAreas.find((area) => overlap(bounds, area) >= Math.min(bounds.width * bounds.height, 200 * 100) * 0.5)
  const width = Math.max(minimumSize.width, Math.round(bounds.width))
  const height = Math.max(minimumSize.height, Math.round(bounds.height))
  if (!screen) return { width: Math.min(width, workAreas[0]?.width ?? width), height: Math.min(height, workAreas[0]?.height ?? height) }
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.min(width, screen.width),
    height: Math.min(height, screen.height)
  }
}

import type { BenchCase } from '../figures'
import { notAvailable } from '../figures'

export const rendererCase: BenchCase = {
  id: 'renderer',
  title: 'Renderer: workshop list in Chromium',
  async run() {
    return [notAvailable('renderer.firstPaint', 'workshop list first paint', 'todo', '< 500 ms')]
  }
}

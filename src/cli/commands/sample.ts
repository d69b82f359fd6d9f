import { loadSample } from '../../core/sample'
import type { CliCommand } from '../command'

export const sampleCommand: CliCommand = {
  name: 'sample',
  usage: 'sample [--json]',
  summary: 'Add the sample workshop (a Europe–China skills webinar with ten cities) to see what Roundtable is for.',
  options: { json: { type: 'boolean' } },
  async run({ values, core, io }) {
    if (!core) return 1
    const loaded = await loadSample(core)
    if (values.json) io.out(JSON.stringify(loaded, null, 2))
    else io.out(`Sample workshop added with ${loaded.cityIds.length} cities and regions (workshop id ${loaded.workshopId}).`)
    return 0
  }
}

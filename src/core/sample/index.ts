import type { RoundtableCore } from '../app'
import type { SampleLoaded } from '../../shared/contract/sample'

export { buildSample } from './build'
export { sampleCities, sampleSpeaker, sampleTalk, sampleWorkshop } from './content'

/** Loads the sample workshop into a core (tests, CLI); one transaction, returns the new ids. */
export const loadSample = (core: RoundtableCore): Promise<SampleLoaded> => core.run('loadSampleWorkshop', {})

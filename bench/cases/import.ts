import type { BenchCase } from '../figures'
import { notAvailable } from '../figures'

/** Bulk import: the JSON importer (src/core/exchange) against raw prepared inserts in one transaction. */
export const importCase: BenchCase = {
  id: 'import',
  title: 'Bulk import: JSON importer vs raw inserts',
  async run() {
    return [notAvailable('import.bulk', 'bulk import 100,000 rows', 'the JSON importer (src/core/exchange) has not landed yet', 'importer ≥ 50% of raw insert rate')]
  }
}

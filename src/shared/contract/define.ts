import type { z } from 'zod'

/** One API method: what it accepts and what it returns. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /**
   * Most methods run inside one database transaction, so that a failure writes nothing.
   * Long, asynchronous work (rendering a report) opts out and manages its own reads.
   */
  transaction: boolean
}

export const method = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  options: { transaction?: boolean } = {}
): MethodSpec<I, O> => ({ input, output, transaction: options.transaction ?? true })

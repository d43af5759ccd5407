import { z } from 'zod';

/** Every error leaves the server in this shape. Example: `{ error: { code: 'not_found', message: '…' } }`. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code that clients and tests match on'),
      message: z.string().describe('Human-readable explanation, saying what to do'),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .describe('Per-field validation problems'),
    }),
  })
  .describe('Error response');
export type ErrorBody = z.infer<typeof ErrorBody>;

import { z } from 'zod';

/** The version a write was based on; `null` when creating the record (nothing to be based on yet). */
export const baseVersionSchema = z.number().int().min(1).nullable();

export const calendarDateTextSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'enter a date as YYYY-MM-DD');

export const personSchema = z.object({ id: z.string(), displayName: z.string() });

/** Who changed a record last, and when; shown beside the value and in conflicts. */
export const changeStampSchema = z.object({
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: personSchema,
});

export const longTextSchema = z.string().trim().max(4000);

export type Person = z.infer<typeof personSchema>;
export type ChangeStamp = z.infer<typeof changeStampSchema>;

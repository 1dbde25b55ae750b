/**
 * `dataVersion` (DESIGN.md "Live data"): the `seq` of the tenant's change log a view answer
 * reflects. Every view answer carries it; a client compares it with the `seq` an ingest or a
 * user write answered to know whether a view already shows that write. The server fills it in
 * for every response schema that declares it, so view builders need not know it.
 */
import { z } from 'zod';

/** The `seq` a view answer reflects (0 before the first change). */
export const dataVersionSchema = z.number().int().min(0).describe('The seq of the change log this answer reflects (set by the server on every view answer)');

/** The field to spread into a view answer's schema: `z.object({ …, ...dataVersionField })`. */
export const dataVersionField = { dataVersion: dataVersionSchema.optional() };

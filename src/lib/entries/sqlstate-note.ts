// The frontmatter of a note on one SQLSTATE across databases (content/sqlstate/<CODE>.md): what
// a reader who meets the bare code should know first. The body says what each database does.
import { z } from 'astro/zod';
import { SQLSTATE_SHAPE } from '../sqlstate/sqlstate';
import { sqlStatesInUse } from '../databases';

export const sqlStateNoteSchema = z.object({
  /** The SQLSTATE; the file is named after it. */
  code: z
    .string()
    .regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE such as "08004"')
    .refine((code) => sqlStatesInUse.includes(code), { message: 'no database in the data uses this SQLSTATE' }),
  /** One sentence for search results and the meta description. */
  summary: z.string().trim().min(1, 'must not be empty').max(200, 'must fit a search result: 200 characters at most'),
});

export type SqlStateNote = z.infer<typeof sqlStateNoteSchema>;

// The smallest pieces every entry schema shares. They live apart from entry-schema.ts so that a
// schema entry-schema.ts itself uses (the pooler checks, pooler-scenario.ts) can take them too
// without an import cycle.
import { z } from 'astro/zod';

/** zod's message for a missing field says "expected array, received undefined"; writers need the field's purpose. */
export const missing = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `is missing: ${what}` : undefined),
});

/** A reason, a step or a caveat: one or two sentences, with `code`, **bold** and [links](url). */
export const prose = z.string().trim().min(1, 'must not be empty');

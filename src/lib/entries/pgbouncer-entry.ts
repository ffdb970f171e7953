// The frontmatter of a written PgBouncer entry (content/pgbouncer/<slug>.mdx). Same sections and
// standards as a PostgreSQL entry; the identity is the message's slug in
// src/data/pgbouncer/messages.json. A reproduction is not SQL on a server but a pooler (its ini
// settings) and what clients do through it, so the tests run it on a real PgBouncer
// (tests/reproductions/pgbouncer-entries.test.ts).
import { z } from 'astro/zod';
import { causeSchema, fixSchemaWith, missing, pitfallSchema, prose, requireFixProof, sourceSchema } from './entry-schema';
import { findPgBouncerMessage } from '../databases/pgbouncer/facts';
import { findSqlState } from '../databases/postgresql/facts';
import { SQLSTATE_SHAPE } from '../sqlstate/sqlstate';
import { poolerCheckSchema, poolerSchema, requirePoolerChecks, stepSchema, unknownSlug } from './pooler-scenario';

/**
 * The entry's message, raised on a real PgBouncer by the last step, or why that cannot be shown.
 * One object rather than a union, so that a wrong field is reported by name.
 */
export const poolerReproductionSchema = z
  .strictObject({
    /** The pooler's configuration. */
    pooler: poolerSchema.optional(),
    /** What the clients do, in order; the last step must receive the entry's message. */
    steps: z.array(stepSchema).min(1, 'needs at least one step').optional(),
    /** Why no reproduction can be shown (the message is gone from the version the tests run), shown in its place. */
    unavailable: prose.optional(),
  }, missing('give { pooler, steps } or { unavailable: "why" }'))
  .refine((r) => (r.steps === undefined) !== (r.unavailable === undefined), {
    message: 'give `steps` (and `pooler`) that raise the message, or `unavailable: "<why>"`, one of the two',
  })
  .refine((r) => r.unavailable === undefined || r.pooler === undefined, { path: ['pooler'], message: 'a reproduction that cannot run has no pooler' });

/**
 * How the tests prove a fix: the reproduction's steps raise the entry's message, then the same
 * steps (or the fix's own) run on the pooler with the fix's settings, and the last one succeeds.
 */
export const poolerFixCheckSchema = z
  .strictObject({
    /** Settings the fix changes, merged over the reproduction's pooler. */
    pooler: poolerSchema.optional(),
    /** What the clients do once the fix is in, where the fix changes the client; the reproduction's steps otherwise. */
    steps: z.array(stepSchema).min(1).optional(),
    /** What the last step must return after the fix: its first row's first column, as text. */
    returns: z.string().optional(),
  })
  .refine((check) => check.pooler !== undefined || check.steps !== undefined, {
    message: 'say what the fix changes: `pooler` (settings) and/or `steps` (what the client does instead)',
  });

/** An error readers may confuse with this one: another PgBouncer message, or a PostgreSQL SQLSTATE. */
const relatedSchema = z
  .strictObject({
    /** The slug of another PgBouncer message. */
    slug: z.string().optional(),
    /** A SQLSTATE PostgreSQL defines, such as "53300". */
    sqlstate: z.string().regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE such as "53300"').optional(),
    /** How to tell the two apart. */
    note: prose,
  })
  .refine((related) => (related.slug === undefined) !== (related.sqlstate === undefined), {
    message: 'give `slug: <PgBouncer message>` or `sqlstate: "<code>"`, one of the two',
  });

export const pgBouncerEntrySchema = z
  .object({
    /** The message's slug in src/data/pgbouncer/messages.json; the file is named after it. */
    slug: z.string(missing('the message\'s slug, such as query_wait_timeout')),
    /** One sentence for search results and the meta description: what went wrong, plainly. */
    summary: z.string(missing('one sentence for search results')).trim().min(1, 'must not be empty').max(200, 'must fit a search result: 200 characters at most'),
    /** Why it happens, most frequent cause first. */
    causes: z.array(causeSchema, missing('list why the error happens, most frequent cause first')).min(1, 'needs at least one cause'),
    /** A pooler and client steps that raise the message, or why that cannot be shown. */
    reproduction: poolerReproductionSchema,
    /** How to remove each cause, the fix for the most frequent cause first. */
    fixes: z.array(fixSchemaWith(poolerFixCheckSchema), missing('list how to fix each cause')).min(1, 'needs at least one fix'),
    /** Claims the real PgBouncer in the tests shows. */
    checks: z.array(poolerCheckSchema).default([]),
    /** The tempting wrong moves. */
    avoid: z.array(pitfallSchema).default([]),
    /** Errors readers confuse with this one. */
    related: z.array(relatedSchema).default([]),
    /** The pgbouncer.org pages and source files behind the entry. */
    sources: z.array(sourceSchema, missing('link the PgBouncer documentation pages and source lines behind the entry')).min(1, 'needs at least one source'),
  })
  .superRefine((entry, ctx) => {
    if (!findPgBouncerMessage(entry.slug)) {
      ctx.addIssue({ code: 'custom', path: ['slug'], message: unknownSlug(entry.slug) });
    }
    requireFixProof(entry.fixes, ctx, '`check: { pooler, steps }` that runs it on the real pooler');
    entry.fixes.forEach((fix, index) => {
      if (fix.check && entry.reproduction.steps === undefined) {
        ctx.addIssue({ code: 'custom', path: ['fixes', index, 'check'], message: 'a fix check runs the reproduction before and after the fix, and this entry has none; say why in `untested`' });
      }
    });
    requirePoolerChecks(entry.checks, ctx, 'checks');
    entry.related.forEach((related, index) => {
      if (related.slug !== undefined && !findPgBouncerMessage(related.slug)) {
        ctx.addIssue({ code: 'custom', path: ['related', index, 'slug'], message: unknownSlug(related.slug) });
      }
      if (related.slug === entry.slug) ctx.addIssue({ code: 'custom', path: ['related', index, 'slug'], message: 'an entry cannot be related to itself' });
      if (related.sqlstate !== undefined && !findSqlState(related.sqlstate)) {
        ctx.addIssue({ code: 'custom', path: ['related', index, 'sqlstate'], message: `PostgreSQL defines no SQLSTATE "${related.sqlstate}"` });
      }
    });
  });

export type PgBouncerEntry = z.infer<typeof pgBouncerEntrySchema>;
export type PoolerFixCheck = z.infer<typeof poolerFixCheckSchema>;

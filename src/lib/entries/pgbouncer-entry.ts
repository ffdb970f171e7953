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

const SETTING = /^[a-z_]+$/;

/** Values by setting name; zod's own error for a bad record key does not say what a key must be. */
const namedValues = (what: string) =>
  z.record(z.string(), z.union([z.string(), z.number()])).superRefine((values, ctx) => {
    for (const name of Object.keys(values)) {
      if (!SETTING.test(name)) ctx.addIssue({ code: 'custom', path: [name], message: `must be ${what}` });
    }
  });

/** The pooler a scenario runs on: what its pgbouncer.ini says beyond the tests' defaults. */
export const poolerSchema = z.strictObject({
  /** pool_mode; session unless said. */
  pool_mode: z.enum(['session', 'transaction', 'statement']).optional(),
  /**
   * Further [pgbouncer] settings by their pgbouncer.ini names: max_client_conn, query_wait_timeout ...
   * `{cert}` and `{key}` in a value stand for a self-signed certificate and its key the tests make.
   */
  settings: namedValues('a pgbouncer.ini setting name such as "max_client_conn"').optional(),
  /**
   * The [databases] section instead of `* = <the test server>`: name to connection string, where
   * `{server}` stands for the test server's host and port.
   */
  databases: z.record(z.string().min(1), z.string().min(1)).optional(),
});

/** How a session connects, where it differs from the superuser to database postgres. */
const connectSchema = z.strictObject({
  /** The database name the client asks for. */
  database: z.string().min(1).optional(),
  /** The user name the client logs in as. */
  user: z.string().min(1).optional(),
  /** The password the client sends. */
  password: z.string().optional(),
  /** The `options` startup parameter (psql's PGOPTIONS), such as "-c statement_timeout=1000". */
  options: z.string().min(1).optional(),
  /** Seconds the client takes to answer the password request, as a client stuck in its login would (node-postgres only). */
  passwordAfter: z.number().positive().max(5, 'keep waits short: the whole PgBouncer test file must run in about a minute').optional(),
  /** True for a client that asks for TLS (node-postgres's `ssl`, psql's sslmode=require); plain TCP otherwise. */
  ssl: z.boolean().optional(),
  /** Startup parameters node-postgres sends by name (psql cannot): the three it supports. */
  parameters: z
    .strictObject({
      statement_timeout: z.number().int().optional(),
      lock_timeout: z.number().int().optional(),
      idle_in_transaction_session_timeout: z.number().int().optional(),
    })
    .optional(),
});

/** One thing a client does through the pooler; a session connects at its first step. */
export const stepSchema = z
  .strictObject({
    /** Which client acts: steps of one name share a connection; "app" unless said. */
    session: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a short lowercase name such as "app" or "holder"').default('app'),
    /** How this session connects, on its first step only. */
    connect: connectSchema.optional(),
    /** SQL the session sends (simple protocol; one statement for node-postgres). */
    sql: z.string().min(1).optional(),
    /** True for a step before the last that must fail, such as a first client whose failed server login sets the pooler's state. */
    fails: z.literal(true).optional(),
    /** Seconds the session then waits without sending anything. */
    idle: z.number().positive().max(5, 'keep waits short: the whole PgBouncer test file must run in about a minute').optional(),
  })
  .refine((step) => step.connect !== undefined || step.sql !== undefined || step.idle !== undefined, {
    message: 'a step does something: `connect`, `sql` and/or `idle`',
  });

/** A pooler and what clients do through it: the last step is the one that must fail or succeed. */
const scenarioFields = {
  /** The pooler's configuration. */
  pooler: poolerSchema.default({}),
  /** What the clients do, in order. */
  steps: z.array(stepSchema).min(1, 'needs at least one step'),
};

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

/** A claim of the entry that the real PgBouncer in the tests shows. */
export const poolerCheckSchema = z
  .strictObject({
    /** The claim as the entry makes it, in a few words. */
    claim: prose,
    ...scenarioFields,
    /** The slug of the PgBouncer message the last step must receive. */
    raises: z.string().optional(),
    /** Or the SQLSTATE of a PostgreSQL error the last step must receive through the pooler. */
    sqlstate: z.string().regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE such as "26000"').optional(),
    /** Or what the last step must return: its first row's first column, as text. */
    returns: z.string().optional(),
  })
  .refine((check) => [check.raises, check.sqlstate, check.returns].filter((v) => v !== undefined).length === 1, {
    message: 'say what the last step must get: `raises: <PgBouncer slug>`, `sqlstate: "<code>"` or `returns: "<value>"`, one of the three',
  });

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

const unknownSlug = (slug: string) => `PgBouncer sends no message with slug "${slug}"; copy the slug from src/data/pgbouncer/messages.json`;

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
    entry.checks.forEach((check, index) => {
      if (check.raises !== undefined && !findPgBouncerMessage(check.raises)) {
        ctx.addIssue({ code: 'custom', path: ['checks', index, 'raises'], message: unknownSlug(check.raises) });
      }
      if (check.sqlstate !== undefined && !findSqlState(check.sqlstate)) {
        ctx.addIssue({ code: 'custom', path: ['checks', index, 'sqlstate'], message: `PostgreSQL defines no SQLSTATE "${check.sqlstate}"` });
      }
    });
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
export type PoolerConfig = z.infer<typeof poolerSchema>;
/** A pooler and the steps clients take through it. */
export type PoolerScenario = { pooler?: PoolerConfig; steps: PoolerStep[] };
export type PoolerStep = z.infer<typeof stepSchema>;
export type PoolerCheck = z.infer<typeof poolerCheckSchema>;
export type PoolerFixCheck = z.infer<typeof poolerFixCheckSchema>;

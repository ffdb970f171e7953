// A pooler and what clients do through it: the scenario a PgBouncer entry's reproduction, fixes
// and checks run, and the claim checks a PostgreSQL entry makes about its code behind the pooler
// (`poolerChecks`). tests/reproductions/pgbouncer-run.ts runs them on a real PgBouncer in front
// of the test PostgreSQL.
import { z } from 'astro/zod';
import { findPgBouncerMessage } from '../databases/pgbouncer/facts';
import { findSqlState } from '../databases/postgresql/facts';
import { SQLSTATE_SHAPE } from '../sqlstate/sqlstate';
import { prose } from './schema-parts';

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
  /**
   * Server connections the pool opens before the steps and hands out in turn (default_pool_size and
   * server_round_robin), so that one client's consecutive transactions run on different ones.
   */
  rotateServers: z.number().int().min(2).max(4).optional(),
};

/** A claim that the real PgBouncer in the tests shows: what the last step of the scenario gets. */
export const poolerCheckSchema = z
  .strictObject({
    /** The claim as the entry makes it, in a few words. */
    claim: prose,
    ...scenarioFields,
    /** The slug of the PgBouncer message the last step must receive. */
    raises: z.string().optional(),
    /** The SQLSTATE the last step must receive through the pooler, from the server or from PgBouncer; with `raises`, both must arrive. */
    sqlstate: z.string().regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE such as "26000"').optional(),
    /** Text the message received with `sqlstate` must contain, where the claim is about what arrives with the code. */
    message: z.string().min(1).optional(),
    /** Or what the last step must return: its first row's first column, as text. */
    returns: z.string().optional(),
  })
  .refine((check) => (check.returns === undefined) !== (check.raises === undefined && check.sqlstate === undefined), {
    message: 'say what the last step must get: `raises: <PgBouncer slug>` and/or `sqlstate: "<code>"`, or `returns: "<value>"`',
  })
  .refine((check) => check.rotateServers === undefined || (check.pooler.pool_mode === 'transaction' && !check.pooler.settings?.default_pool_size && !check.pooler.settings?.server_round_robin), {
    path: ['rotateServers'],
    message: '`rotateServers` spreads a client\'s transactions, which needs `pool_mode: transaction`, and sets default_pool_size and server_round_robin itself: drop them from `settings`',
  })
  .refine((check) => check.message === undefined || check.sqlstate !== undefined, {
    path: ['message'],
    message: '`message` is the text that arrives with `sqlstate`, so it needs `sqlstate` (a PgBouncer message is named by `raises`)',
  });

export const unknownSlug = (slug: string) => `PgBouncer sends no message with slug "${slug}"; copy the slug from src/data/pgbouncer/messages.json`;

/** What a check's schema cannot see alone: the slug is a PgBouncer message, the SQLSTATE one PostgreSQL defines. */
export function requirePoolerChecks(checks: readonly PoolerCheck[], ctx: z.RefinementCtx, field: string) {
  checks.forEach((check, index) => {
    if (check.raises !== undefined && !findPgBouncerMessage(check.raises)) {
      ctx.addIssue({ code: 'custom', path: [field, index, 'raises'], message: unknownSlug(check.raises) });
    }
    if (check.sqlstate !== undefined && !findSqlState(check.sqlstate)) {
      ctx.addIssue({ code: 'custom', path: [field, index, 'sqlstate'], message: `PostgreSQL defines no SQLSTATE "${check.sqlstate}"` });
    }
  });
}

export type PoolerConfig = z.infer<typeof poolerSchema>;
/** A pooler and the steps clients take through it. */
export type PoolerScenario = { pooler?: PoolerConfig; steps: PoolerStep[]; rotateServers?: number };
export type PoolerStep = z.infer<typeof stepSchema>;
export type PoolerCheck = z.infer<typeof poolerCheckSchema>;

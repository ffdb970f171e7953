// Runs one reproduction on a real server and returns what the server said.
import pg from 'pg';
import type { Check, FixCheck } from '../../src/lib/entries/entry-schema';
import { batchRun, fixAsRun, fixProblem, withServerValues } from '../../src/lib/reproduction/fix-run';
import type { MajorRun, Observation } from '../../src/lib/reproduction/observations';
import type { Major } from '../../src/lib/reproduction/majors';
import { CLUSTER_ROLES, CLUSTER_SETTINGS, sharedState } from '../../src/lib/reproduction/server-files';
import { oneAtATime } from '../../src/lib/reproduction/take-turns';
import { psqlMetaCommands, splitStatements } from '../../src/lib/reproduction/statements';
import { scenarios, type Login, type Scenario } from '../../src/lib/reproduction/scenarios';
import { startPostgres, SUPERUSER, type RunningServer } from './postgres-server';
import { runInPsql } from './psql';

type ServerError = Omit<Observation, 'earlier'>;

/**
 * The server's installation directory, which differs between majors and machines (it lies inside
 * node_modules here), written as pg_config names it: "$SHAREDIR/tsearch_data/x.syn".
 */
const installed = (text: string) => text.replace(/\/[^\s"']*\/share\/postgresql\//g, '$SHAREDIR/');

/** The fields psql prints of an error or a notice the server sent (node-postgres gives both the same fields). */
function printed(
  sent: { code?: string; severity?: string; message?: string; detail?: string; hint?: string },
  severity: string,
): ServerError {
  return {
    sqlstate: sent.code ?? '',
    severity: sent.severity ?? severity,
    message: installed(sent.message ?? ''),
    ...(sent.detail ? { detail: installed(sent.detail) } : {}),
    ...(sent.hint ? { hint: installed(sent.hint) } : {}),
  };
}

/** The fields psql prints, from node-postgres's DatabaseError; anything else is not a server error. */
export function serverError(error: unknown): ServerError {
  if (!(error instanceof pg.DatabaseError) || !error.code) throw error;
  return printed(error, 'ERROR');
}

export class ReproductionError extends Error {}

/** The setup could not run: on an older major, a feature it lacks. */
export class SetupError extends ReproductionError {
  constructor(readonly error: ServerError) {
    super(`setup failed: ${error.message}`);
  }
}

/** The statements ran and nothing raised an error. */
class NoError extends ReproductionError {}

/** A run's outcome without the server version: what it raised, or the error its setup raised. */
type Outcome = Omit<MajorRun, 'server'>;

/** The outcome of a run, where a failed setup or a run without an error is a result, not a failure. */
async function outcomeOf(run: () => Promise<Observation>): Promise<Outcome> {
  try {
    return { raised: await run() };
  } catch (error) {
    if (error instanceof SetupError) return { setup: error.error };
    if (error instanceof NoError) return {};
    throw error;
  }
}

/** What the last statement of a run did: the error it raised, or the rows it returned. */
export interface LastStatement {
  statement: string;
  error?: ServerError;
  /** The warnings and notices it sent (class 01 warnings, RAISE NOTICE), in order. */
  notices: ServerError[];
  /** The first row's first column as psql prints it (text; NULL as an empty string). */
  value?: string;
  /** Errors of the statements before it. */
  earlier: ServerError[];
  /** Everything the statements before it printed, in order: their warnings and notices, and their errors. */
  printed: ServerError[];
}

// Every value as the text the server sent, which is what psql prints.
const asText = { getTypeParser: () => (value: string) => value };

/** Shared by every run of this process: all majors' servers see the same /tmp. */
const takingTurns = oneAtATime();

/** Role names, so that a run's own can be told from those that were there before it. */
async function roleNames(server: RunningServer): Promise<Set<string>> {
  const admin = await server.connect();
  try {
    return new Set((await admin.query<{ rolname: string }>('SELECT rolname FROM pg_roles')).rows.map((row) => row.rolname));
  } finally {
    await admin.end();
  }
}

/** Drops the roles a run created (with what they own in its database) and resets ALTER SYSTEM. */
async function tidyCluster(server: RunningServer, database: string, rolesBefore: Set<string> | undefined, settings: boolean) {
  const created = rolesBefore ? [...(await roleNames(server))].filter((role) => !rolesBefore.has(role)) : [];
  if (created.length > 0) {
    // DROP OWNED works in the current database (and on shared objects): the run's own.
    const inRun = await server.connect({ database });
    try {
      for (const role of created) await inRun.query(`DROP OWNED BY ${pg.escapeIdentifier(role)} CASCADE`);
    } finally {
      await inRun.end();
    }
  }
  const admin = await server.connect();
  try {
    // DROP OWNED leaves databases alone: one a role owns (CREATE DATABASE ... OWNER app, or the
    // run's own, given away) goes with it, the run's database being thrown away anyway.
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT d.datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE r.rolname = ANY($1)',
      [created],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
    for (const role of created) await admin.query(`DROP ROLE ${pg.escapeIdentifier(role)}`);
    if (settings) {
      await admin.query('ALTER SYSTEM RESET ALL');
      await admin.query('ALTER ROLE ALL RESET ALL');
      await admin.query('SELECT pg_reload_conf()');
    }
  } finally {
    await admin.end();
  }
}

/**
 * Runs `task` on the server once no other run that shares a server file, the roles or the
 * server-wide settings with it is running; afterwards its roles and ALTER SYSTEM settings are
 * gone, so the next run that creates `app` finds none.
 */
async function isolated<T>(server: RunningServer, database: string, sql: string, task: () => Promise<T>): Promise<T> {
  const shared = sharedState(sql);
  return takingTurns(shared, async () => {
    const rolesBefore = shared.includes(CLUSTER_ROLES) ? await roleNames(server) : undefined;
    try {
      return await task();
    } finally {
      if (rolesBefore || shared.includes(CLUSTER_SETTINGS)) await tidyCluster(server, database, rolesBefore, shared.includes(CLUSTER_SETTINGS));
    }
  });
}

/**
 * Runs setup as one batch (it must succeed) in a new database, then each statement of `sql` on
 * its own, as psql would, and reports what the last one did; errors of earlier ones are kept.
 * Runs that share a server file, the roles or the server-wide settings take turns (`isolated`).
 */
export const runStatements = (server: RunningServer, database: string, run: { setup?: string; sql: string }) =>
  isolated(server, database, `${run.setup ?? ''}\n${run.sql}`, () => inFreshDatabase(server, database, run.setup, (session) => session.run(run.sql)));

/** One psql-like session on a fresh database. */
interface Session {
  /** Sends each statement on its own and reports what the last one did. */
  run(sql: string): Promise<LastStatement>;
}

/** Creates the database, runs `setup` there as one batch (it must succeed), and lends `work` a session on it. */
async function inFreshDatabase<T>(server: RunningServer, database: string, setup: string | undefined, work: (session: Session) => Promise<T>): Promise<T> {
  await server.createDatabase(database);
  const client = await server.connect({ database });
  let notices: ServerError[] = [];
  client.on('notice', (notice) => notices.push(printed(notice, 'NOTICE')));
  const run = async (sql: string): Promise<LastStatement> => {
    const earlier: ServerError[] = [];
    const printed: ServerError[] = [];
    const statements = splitStatements(sql);
    for (const [index, statement] of statements.entries()) {
      const last = index === statements.length - 1;
      notices = [];
      try {
        const result = await client.query({ text: statement, types: asText });
        // A multi-statement string yields one result per statement; psql would show the last.
        const final = Array.isArray(result) ? result.at(-1) : result;
        if (last) return { statement, value: final?.rows[0] ? String(Object.values(final.rows[0])[0] ?? '') : undefined, notices, earlier, printed };
        printed.push(...notices);
      } catch (error) {
        if (last) return { statement, error: serverError(error), notices, earlier, printed };
        earlier.push(serverError(error));
        printed.push(...notices, serverError(error));
      }
    }
    throw new ReproductionError('no statement to run');
  };
  try {
    if (setup) {
      await client.query(setup).catch((error: unknown) => {
        throw new SetupError(serverError(error));
      });
    }
    return await work({ run });
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Runs a reproduction's SQL. The last statement must fail, and its error is the observation; or,
 * for a warning or notice code, it succeeds and the last warning or notice it sent is. What
 * psql printed before it (warnings, notices, errors of earlier statements) is kept in order.
 */
export async function runSql(server: RunningServer, database: string, reproduction: { setup?: string; sql: string }): Promise<Observation> {
  const { statement, error, notices, printed } = await runStatements(server, database, reproduction);
  const reported = error ?? notices.at(-1);
  if (!reported) throw new NoError(`the last statement raised no error: ${statement}`);
  // psql prints every warning and notice too, the last statement's own before its error.
  const before = [...printed, ...(error ? notices : notices.slice(0, -1))];
  return before.length ? { ...reported, earlier: before } : reported;
}

/** A reproduction's SQL on one server, as a matrix cell records it. */
export const sqlOutcome = (server: RunningServer, database: string, reproduction: { setup?: string; sql: string }) =>
  outcomeOf(() => runSql(server, database, reproduction));

/** A scenario on a server of its own of the given major, as a matrix cell records it. */
export const scenarioOutcome = (scenario: Scenario, major: Major) => outcomeOf(() => runScenario(scenario, major));

/**
 * Waits until a session is waiting for a lock, so the next step can collide, and says 'waiting'; or,
 * given the statement it runs, says 'done' when that statement ends first (rejecting with its error).
 */
async function waitForLockWait(server: RunningServer, session: string, running?: Promise<unknown>): Promise<'waiting' | 'done'> {
  let ended: { error?: unknown } | undefined;
  running?.then(
    () => (ended = {}),
    (error: unknown) => (ended = { error }),
  );
  const admin = await server.connect();
  try {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (ended) {
        if (ended.error) throw ended.error;
        return 'done';
      }
      const { rows } = await admin.query(
        "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
        [session],
      );
      if (rows.length > 0) return 'waiting';
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new ReproductionError(`session ${session} never waited for a lock${running ? ' nor finished its statement' : ''}`);
  } finally {
    await admin.end();
  }
}

/**
 * Opens a fix check's other sessions (`concurrently`) on its database, in order: each sends its
 * statements one by one, and only its last may stay waiting for a lock. `close` ends them all,
 * a waiting statement with its session.
 */
async function openSessions(server: RunningServer, database: string, sessions: readonly string[]): Promise<{ close(): Promise<void> }> {
  const names = sessions.map((_, index) => `${database}_${index + 1}`);
  const clients: pg.Client[] = [];
  const close = async () => {
    if (clients.length === 0) return;
    const admin = await server.connect();
    try {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ANY($1)', [names]);
    } finally {
      await admin.end();
    }
    await Promise.all(clients.map((client) => client.end().catch(() => {})));
  };
  try {
    for (const [index, sql] of sessions.entries()) {
      const client = await server.connect({ database, application_name: names[index] });
      clients.push(client);
      const statements = splitStatements(sql);
      for (const [at, statement] of statements.entries()) {
        const running = client.query(statement);
        // A statement still waiting when the check ends fails as its session is terminated.
        running.catch(() => {});
        const outcome = await waitForLockWait(server, names[index]!, running).catch((error: unknown) => {
          throw new ReproductionError(`concurrently[${index}]: \`${statement}\` failed: ${error instanceof pg.DatabaseError ? described(serverError(error)) : (error as Error).message}`);
        });
        if (outcome === 'waiting' && at < statements.length - 1) {
          throw new ReproductionError(`concurrently[${index}]: \`${statement}\` waits for a lock, so the session cannot send what follows it; end the session's statements there`);
        }
      }
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { close };
}

/** Runs a scenario on a server of its own; the first error any step raises is the observation. */
export async function runScenario(scenario: Scenario, major?: Major): Promise<Observation> {
  const server = await startPostgres({ ...scenario, major });
  const sessions = new Map<string, pg.Client>();
  const pending: Promise<unknown>[] = [];
  const errors: ServerError[] = [];
  // An error the server sends to an idle session (25P03, a termination) arrives as an 'error'
  // event, not as a query's answer; it is the real error behind the session's next failure.
  const idleErrors = new Map<string, ServerError>();
  const login = async (session: string, credentials: Login = {}) => {
    const client = await server.connect({ database: 'repro', application_name: session, ...credentials });
    client.on('error', (error: unknown) => {
      if (error instanceof pg.DatabaseError) idleErrors.set(session, serverError(error));
    });
    return client;
  };
  const failure = (session: string, error: unknown) => idleErrors.get(session) ?? serverError(error);
  try {
    const admin = await server.connect();
    await admin.query('CREATE DATABASE repro');
    await admin.end();
    if (scenario.setup) {
      const setup = await server.connect({ database: 'repro' });
      await setup
        .query(scenario.setup)
        .catch((error: unknown) => {
          throw new SetupError(serverError(error));
        })
        .finally(() => setup.end());
    }
    for (const step of scenario.steps) {
      try {
        if ('connect' in step) {
          sessions.set(step.session, await login(step.session, step.connect));
          continue;
        }
        if (!sessions.has(step.session)) sessions.set(step.session, await login(step.session));
        const running = sessions.get(step.session)!.query(step.sql);
        if (step.blocks) {
          pending.push(running.catch((error: unknown) => errors.push(failure(step.session, error))));
          await waitForLockWait(server, step.session);
        } else {
          await running;
        }
      } catch (error) {
        errors.push(failure(step.session, error));
        break;
      }
      if (errors.length > 0) break;
    }
    await Promise.all(pending);
    const [first] = errors;
    if (!first) throw new NoError('no step raised an error');
    return first;
  } finally {
    await Promise.all([...sessions.values()].map((client) => client.end().catch(() => {})));
    await server.stop();
  }
}

/** The error as one line for a failure message: "42P01 relation "x" does not exist". */
const described = (error: ServerError) => `${error.sqlstate} ${error.message}`;

/**
 * Runs a claim check and says how the server disagreed with it, or returns undefined when it agreed.
 * A scenario check runs on a server of its own, as the scenario's reproduction does.
 */
export async function disagreement(server: RunningServer, database: string, check: Check): Promise<string | undefined> {
  let error: ServerError | undefined;
  let value: string | undefined;
  if (check.scenario) {
    const scenario = scenarios[check.scenario];
    if (!scenario) return `no scenario "${check.scenario}" in src/lib/reproduction/scenarios/`;
    error = await runScenario(scenario);
  } else {
    const last = await runStatements(server, database, { setup: check.setup, sql: check.sql! });
    // A warning or notice code is "raised" by a statement that succeeds and reports it.
    error = last.error ?? (check.raises ? last.notices.find((notice) => notice.sqlstate === check.raises) : undefined);
    value = last.value;
    if (!error && check.raises) return `expected ${check.raises}, but \`${last.statement}\` succeeded${value === undefined ? '' : ` and returned ${JSON.stringify(value)}`}`;
  }
  if (check.raises) {
    if (error!.sqlstate !== check.raises) return `expected ${check.raises}, the server raised ${described(error!)}`;
    if (check.message && !error!.message.includes(check.message)) return `expected a message containing ${JSON.stringify(check.message)}, the server said ${JSON.stringify(error!.message)}`;
    return undefined;
  }
  if (error) return `expected ${JSON.stringify(check.returns)}, the server raised ${described(error)}`;
  if (value !== check.returns) return `expected ${JSON.stringify(check.returns)}, the server returned ${value === undefined ? 'no rows' : JSON.stringify(value)}`;
  return undefined;
}

/**
 * Runs a fix's check in one session on a fresh database and says what went wrong (see fixProblem),
 * or undefined. A fix written for psql (its code uses `\gexec`, `\set`, `\copy`) runs in psql, in
 * a session of its own on the same database: what it changes there, the checks' session sees.
 * The check's other sessions (`concurrently`) hold their locks or wait meanwhile, and a check with
 * `settings` only a start applies runs on a server of its own of the same major.
 */
export async function fixDisagreement(server: RunningServer, database: string, code: string, fix: { code: string; check: FixCheck }): Promise<string | undefined> {
  if (!fix.check.settings) return checkFix(server, database, code, fix);
  const own = await startPostgres({ settings: fix.check.settings, major: server.major });
  try {
    return await checkFix(own, database, code, fix);
  } finally {
    await own.stop();
  }
}

async function checkFix(server: RunningServer, database: string, code: string, fix: { code: string; check: FixCheck }): Promise<string | undefined> {
  const check = withServerValues(fix.check, { port: server.port, database, ...SUPERUSER });
  const everything = [check.setup, ...(check.concurrently ?? []), check.failing, fixAsRun(fix.code, check), check.then].join('\n');
  return isolated(server, database, everything, () =>
    inFreshDatabase(server, database, check.setup, async (session) => {
      const others = await openSessions(server, database, check.concurrently ?? []);
      try {
        return await fixProblem(code, { code: fix.code, check }, async (sql) => {
          if (psqlMetaCommands(sql).length > 0) {
            const error = await runInPsql(server, database, sql);
            return { statement: sql, ...(error ? { firstError: error, reported: error } : {}) };
          }
          const last = await session.run(sql);
          return batchRun(last, last.notices, (notice) => notice.sqlstate === code, (error) => ({ code: error.sqlstate, described: described(error) }));
        }, server.major);
      } finally {
        await others.close();
      }
    }),
  );
}

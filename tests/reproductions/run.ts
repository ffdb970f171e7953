// Runs one reproduction on a real server and returns what the server said.
import pg from 'pg';
import type { Observation } from '../../src/lib/reproduction/observations';
import { splitStatements } from '../../src/lib/reproduction/statements';
import type { Login, Scenario } from '../../src/lib/reproduction/scenarios';
import { startPostgres, type RunningServer } from './postgres-server';

type ServerError = Omit<Observation, 'earlier'>;

/** The fields psql prints, from node-postgres's DatabaseError; anything else is not a server error. */
export function serverError(error: unknown): ServerError {
  if (!(error instanceof pg.DatabaseError) || !error.code) throw error;
  return {
    sqlstate: error.code,
    severity: error.severity ?? 'ERROR',
    message: error.message,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.hint ? { hint: error.hint } : {}),
  };
}

export class ReproductionError extends Error {}

/**
 * Runs setup as one batch (it must succeed), then each statement of `sql` on its own, as psql
 * would. The last statement must fail; errors of earlier ones are kept as `earlier`.
 */
export async function runSql(
  server: RunningServer,
  database: string,
  reproduction: { setup?: string; sql: string },
): Promise<Observation> {
  const admin = await server.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const client = await server.connect({ database });
  try {
    if (reproduction.setup) {
      await client.query(reproduction.setup).catch((error: unknown) => {
        throw new ReproductionError(`setup failed: ${serverError(error).message}`);
      });
    }
    const earlier: ServerError[] = [];
    const statements = splitStatements(reproduction.sql);
    for (const [index, statement] of statements.entries()) {
      try {
        await client.query(statement);
      } catch (error) {
        const observed = serverError(error);
        if (index === statements.length - 1) return earlier.length ? { ...observed, earlier } : observed;
        earlier.push(observed);
      }
    }
    throw new ReproductionError(`the last statement raised no error: ${statements.at(-1)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Waits until a session started with `blocks` is waiting for a lock, so the next step can collide. */
async function waitForLockWait(server: RunningServer, session: string): Promise<void> {
  const admin = await server.connect();
  try {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { rows } = await admin.query(
        "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
        [session],
      );
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new ReproductionError(`session ${session} never waited for a lock`);
  } finally {
    await admin.end();
  }
}

/** Runs a scenario on a server of its own; the first error any step raises is the observation. */
export async function runScenario(scenario: Scenario): Promise<Observation> {
  const server = await startPostgres(scenario);
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
      await setup.query(scenario.setup).finally(() => setup.end());
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
    if (!first) throw new ReproductionError('no step raised an error');
    return first;
  } finally {
    await Promise.all([...sessions.values()].map((client) => client.end().catch(() => {})));
    await server.stop();
  }
}

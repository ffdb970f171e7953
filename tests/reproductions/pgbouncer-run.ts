// Runs a PgBouncer entry's scenario (a pooler and client steps, src/lib/entries/pgbouncer-entry.ts)
// on a real PgBouncer in front of the test PostgreSQL: node-postgres takes the steps, and psql then
// replays the last session's steps, so the page can show what both printed.
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import type { PoolerScenario, PoolerStep } from '../../src/lib/entries/pooler-scenario';
import type { NodeError } from '../../src/lib/reproduction/pgbouncer-observations';
import { SUPERUSER, type RunningServer } from './postgres-server';
import { startPgBouncer, type RunningPooler } from './pgbouncer-server';

const run = promisify(execFile);
const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** What the last step got: every error its session received during it (PgBouncer may send a second after the server's), or its first row's first column. */
export interface StepOutcome {
  errors: NodeError[];
  value?: string;
}

export interface ScenarioRun {
  /** `pgbouncer --version`'s first line. */
  version: string;
  last: StepOutcome;
  /** What psql printed replaying the last session, when psql can: no other session acts between its steps, and it sends no named startup parameters or late password. */
  psql?: string;
}

let certificate: Promise<{ dir: string; cert: string; key: string }> | undefined;

/** A self-signed certificate for the pooler's TLS, made once per run, readable by the user PgBouncer runs as. */
function selfSigned() {
  certificate ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pgbouncer-tls-'));
    const [cert, key] = [join(dir, 'server.crt'), join(dir, 'server.key')];
    await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1', '-keyout', key, '-out', cert]);
    await Promise.all([chmod(dir, 0o755), chmod(cert, 0o644), chmod(key, 0o644)]);
    return { dir, cert, key };
  })();
  return certificate;
}

/** Removes the certificate made for this run, if any. */
export async function removeCertificate() {
  if (certificate) await rm((await certificate).dir, { recursive: true, force: true });
}

/** The scenario's settings with `{cert}` and `{key}` filled in, and the pool `rotateServers` asks for. */
async function settingsOf(scenario: PoolerScenario) {
  const settings = { ...scenario.pooler?.settings, ...(scenario.rotateServers && { default_pool_size: scenario.rotateServers, server_round_robin: 1 }) };
  if (!Object.values(settings).some((value) => /\{(cert|key)\}/.test(String(value)))) return settings;
  const { cert, key } = await selfSigned();
  return Object.fromEntries(Object.entries(settings).map(([name, value]) => [name, String(value).replaceAll('{cert}', cert).replaceAll('{key}', key)]));
}

/** The [databases] section with `{server}` filled in, or undefined for the default (everything to the server). */
function databasesOf(scenario: PoolerScenario, server: RunningServer) {
  const databases = scenario.pooler?.databases;
  if (!databases) return undefined;
  const target = `host=127.0.0.1 port=${server.port}`;
  return Object.fromEntries(Object.entries(databases).map(([name, value]) => [name, value.replaceAll('{server}', target)]));
}

/** node-postgres's connection settings for a session's `connect`. */
function clientConfig(connect: PoolerStep['connect'] = {}): pg.ClientConfig {
  const { database, user, password, options, passwordAfter, ssl, parameters = {} } = connect;
  // A password given late: node-postgres asks for it when the pooler requests it, and waits.
  const late = passwordAfter ? { password: async () => (await wait(passwordAfter), password ?? SUPERUSER.password) } : {};
  return {
    ...(database && { database }),
    ...(user && { user }),
    ...(password !== undefined && { password }),
    ...(options && { options }),
    ...(ssl && { ssl: { rejectUnauthorized: false } }),
    ...late,
    ...parameters,
  };
}

/** A driver error as a page shows it; an error node-postgres raises itself has no severity or code. */
const described = (error: unknown): NodeError => {
  const { severity, code, message } = error as pg.DatabaseError;
  return { ...(severity && { severity }), ...(code && { code }), message };
};

/** Time for a FATAL that follows another error on the same connection to arrive. */
const SETTLE_SECONDS = 0.2;

/**
 * Takes the steps through node-postgres; every step but the last must succeed, or fail where it says so. The last step's
 * errors include every error its session received as an event, during its own idle steps or while
 * other sessions acted: a connection closed between two queries announces it before the next fails.
 */
async function takeSteps(pooler: RunningPooler, steps: PoolerStep[], where: string): Promise<{ last: StepOutcome; sessions: Map<string, pg.Client> }> {
  const sessions = new Map<string, pg.Client>();
  const received = new Map<string, unknown[]>();
  let last: StepOutcome = { errors: [] };
  for (const [index, step] of steps.entries()) {
    last = { errors: [] };
    const errors = received.get(step.session) ?? [];
    received.set(step.session, errors);
    let failed = false;
    try {
      let client = sessions.get(step.session);
      if (!client) {
        client = pooler.client(clientConfig(step.connect));
        // Errors that arrive outside a query (a FATAL after the server's own error) come as events.
        client.on('error', (error) => errors.push(error));
        sessions.set(step.session, client);
        await client.connect();
      }
      if (step.sql) {
        const result = await client.query({ text: step.sql, rowMode: 'array' });
        const value = (Array.isArray(result) ? result.at(-1) : result)?.rows?.[0]?.[0];
        if (value !== undefined) last.value = value === null ? '' : String(value);
      }
      if (step.idle) await wait(step.idle);
    } catch (error) {
      failed = true;
      errors.push(error);
      await wait(SETTLE_SECONDS);
    }
    last.errors = [...new Set(errors)].map(described);
    if (index === steps.length - 1) break;
    if (step.fails && !failed) throw new Error(`${where}: step ${index} (${step.session}) should fail, and succeeded`);
    if (!step.fails && failed) throw new Error(`${where}: step ${index} (${step.session}) failed before the last: ${last.errors[0]!.message}`);
  }
  return { last, sessions };
}

/** psql's arguments and environment for the steps of one session; undefined when psql cannot send its startup. */
function psqlReplay(steps: PoolerStep[]): { args: string[]; env: Record<string, string> } | undefined {
  const connect = steps.find((step) => step.connect)?.connect ?? {};
  if (connect.parameters || connect.passwordAfter) return undefined;
  const args = [...(connect.database ? ['-d', connect.database] : []), ...(connect.user ? ['-U', connect.user] : [])];
  const env: Record<string, string> = { PGSSLMODE: connect.ssl ? 'require' : 'disable', ...(connect.password !== undefined && { PGPASSWORD: connect.password }), ...(connect.options && { PGOPTIONS: connect.options }) };
  for (const step of steps) {
    if (step.sql) args.push('-c', step.sql);
    if (step.idle) args.push('-c', `\\! sleep ${step.idle}`);
  }
  return { args, env };
}

/**
 * Steps that leave `count` server connections open in the pool: as many clients each begin a
 * transaction, so that each needs a server connection of its own, then all commit.
 */
function openServers(count: number): PoolerStep[] {
  const sessions = Array.from({ length: count }, (_, index) => `rotate_${index}`);
  return [...sessions.map((session) => ({ session, sql: 'BEGIN' })), ...sessions.map((session) => ({ session, sql: 'COMMIT' }))];
}

/** psql names the pooler's random port: the page shows PgBouncer's default, 6432. */
export const withDefaultPort = (printed: string) => printed.replace(/port \d+ failed/g, 'port 6432 failed');

/**
 * Starts a pooler for the scenario, takes its steps, and (with `psql`) replays the last session
 * through psql while the other sessions still hold what they took.
 */
export async function runScenario(server: RunningServer, scenario: PoolerScenario, where: string, { psql = false } = {}): Promise<ScenarioRun> {
  const { pooler: config = {}, rotateServers } = scenario;
  const steps = rotateServers ? [...openServers(rotateServers), ...scenario.steps] : scenario.steps;
  const pooler = await startPgBouncer(server, { poolMode: config.pool_mode, settings: await settingsOf(scenario), databases: databasesOf(scenario, server) });
  let sessions = new Map<string, pg.Client>();
  try {
    const taken = await takeSteps(pooler, steps, where);
    sessions = taken.sessions;
    const run: ScenarioRun = { version: pooler.version, last: taken.last };
    const lastSession = steps.at(-1)!.session;
    // psql runs one session from start to end: it cannot wait while another session acts.
    const first = steps.findIndex((step) => step.session === lastSession);
    const alone = steps.slice(first).every((step) => step.session === lastSession);
    const replay = psql && alone ? psqlReplay(steps.slice(first)) : undefined;
    if (replay) {
      // The failed node-postgres session is closed first, so it holds no client slot psql needs.
      await sessions.get(lastSession)?.end().catch(() => {});
      const printed = await pooler.psql(['-v', 'ON_ERROR_STOP=1', ...replay.args], replay.env);
      run.psql = withDefaultPort(printed.output).trim();
    }
    return run;
  } finally {
    await Promise.all([...sessions.values()].map((client) => client.end().catch(() => {})));
    await pooler.stop();
  }
}

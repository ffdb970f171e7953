// Runs the "Catch it in code" snippets of every library with a runtime here against a real server:
// each library gets the snippets catchBlock() generates, one case per way a code arrives, and
// reports per case what the library raised, whether the snippet's handler let it escape and what
// the snippet printed. Node's libraries run in this process; the others in their own runtime,
// through the programs in ./harness, which read the cases as JSON and print one line per result.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import postgres from 'postgres';
import type { Arrival } from '../../src/lib/catching/arrivals';
import { POSTGRES_JS_STATEMENT, type CatchTabId } from '../../src/lib/catching/catching';
import { SUPERUSER } from '../reproductions/postgres-server';

/** Debian's interpreter: the python3 first on PATH may be another, without Debian's drivers. */
export const DEBIAN_PYTHON = '/usr/bin/python3';
const PGJDBC_JAR = '/usr/share/java/postgresql.jar';
const HARNESS = join(import.meta.dirname, 'harness');

export interface Case {
  /** Names the case in results: statement, statement-other, connect, session, notice, crash, shutdown. */
  id: string;
  arrival: Arrival;
  /** The snippet as the page shows it. */
  snippet: string;
  /** The statement the snippet's placeholders stand for. */
  statement: string;
  port: number;
  password: string;
  /** The snippet only sets up a notice callback: the harness runs the statement after it. */
  runAfter: boolean;
}

export interface Raised {
  type: string;
  code: string | null;
  message: string;
}

export interface Outcome {
  case: string;
  /** The first error the call the snippet makes raised. */
  raised: Raised | null;
  /** What got out of the snippet's handler. */
  escaped: Raised | null;
  /** What the snippet printed: its notice callback's output. */
  printed: string;
}

export interface Harness {
  /** Why the library cannot run here, naming what to install; null when it can. */
  missing: string | null;
  run(cases: Case[]): Promise<Outcome[]>;
}

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;

/** Runs a JavaScript snippet with the names it uses bound to real objects. */
export function runSnippet(code: string, scope: Record<string, unknown>): Promise<unknown> {
  return new AsyncFunction(...Object.keys(scope), code)(...Object.values(scope));
}

function describedJs(error: unknown): Raised | null {
  if (!error) return null;
  const e = error as { constructor: { name: string }; code?: unknown; message?: unknown };
  return { type: e.constructor.name, code: e.code === undefined ? null : String(e.code), message: String(e.message) };
}

const connectionOf = (c: Case) => ({ host: '127.0.0.1', port: c.port, database: 'postgres', user: SUPERUSER.user, password: c.password });

/** Runs the cases one after the other, collecting what each printed through console.warn. */
async function inProcess(cases: Case[], runOne: (c: Case, printed: string[]) => Promise<{ raised: unknown; escaped: unknown }>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const printed: string[] = [];
    const { raised, escaped } = await runOne(c, printed);
    outcomes.push({ case: c.id, raised: describedJs(raised), escaped: describedJs(escaped), printed: printed.join('\n') });
  }
  return outcomes;
}

const nodePostgres: Harness = {
  missing: null,
  run: (cases) =>
    inProcess(cases, async (c, printed) => {
      let raised: unknown = null;
      let escaped: unknown = null;
      const client = new pg.Client(connectionOf(c));
      client.on('error', () => {});
      if (c.arrival !== 'connect') await client.connect();
      for (const method of ['connect', 'query'] as const) {
        const original = client[method].bind(client) as (...args: unknown[]) => Promise<unknown>;
        (client as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
          try {
            return await original(...args);
          } catch (error) {
            raised ??= error;
            throw error;
          }
        };
      }
      const scope = { client, text: c.statement, values: [], pg, console: { warn: (m: unknown) => printed.push(String(m)) } };
      try {
        await runSnippet(c.snippet + (c.runAfter ? '\nawait client.query(text);' : ''), scope);
      } catch (error) {
        escaped = error;
      }
      await client.end().catch(() => {});
      return { raised, escaped };
    }),
};

const postgresJs: Harness = {
  missing: null,
  run: (cases) =>
    inProcess(cases, async (c, printed) => {
      let raised: unknown = null;
      let escaped: unknown = null;
      const opened: postgres.Sql[] = [];
      // postgres.js runs a query when it is awaited: the recorder awaits it and keeps its error.
      const recorded = (options: postgres.Options<Record<string, never>>) => {
        const real = postgres({ ...connectionOf(c), username: SUPERUSER.user, onnotice: () => {}, ...options });
        opened.push(real);
        const sql = (strings: TemplateStringsArray, ...values: never[]) =>
          real(strings, ...values).then(
            (rows) => rows,
            (error: unknown) => {
              raised ??= error;
              throw error;
            },
          );
        return Object.assign(sql, { end: () => real.end() });
      };
      const declaresSql = c.snippet.includes('const sql = postgres(');
      const source = c.snippet.replace(POSTGRES_JS_STATEMENT, () => `sql\`${c.statement}\``) + (c.runAfter ? `\nawait sql\`${c.statement}\`;` : '');
      const scope = {
        ...(declaresSql ? { postgres: (_url: unknown, options: postgres.Options<Record<string, never>>) => recorded(options), url: null } : { sql: recorded({}) }),
        console: { warn: (m: unknown) => printed.push(String(m)) },
      };
      try {
        await runSnippet(source, scope);
      } catch (error) {
        escaped = error;
      }
      await Promise.all(opened.map((sql) => sql.end({ timeout: 1 }).catch(() => {})));
      return { raised, escaped };
    }),
};

/** PL/pgSQL's handler runs in the server: the statement goes in its block, a notice says it caught. */
const plpgsql: Harness = {
  missing: null,
  run: (cases) =>
    inProcess(cases, async (c, printed) => {
      const client = new pg.Client(connectionOf(c));
      client.on('notice', (notice) => printed.push(notice.message ?? ''));
      await client.connect();
      try {
        await client.query(c.snippet.replace('  -- the statement that can fail', `  ${c.statement};`));
        return { raised: null, escaped: null };
      } catch (error) {
        return { raised: error, escaped: error };
      } finally {
        await client.end();
      }
    }),
};

/** Runs a harness program with the cases on stdin and reads its "@@ " lines. */
function runProgram(command: string, args: string[], cases: unknown[]): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const outcomes = stdout
        .split('\n')
        .filter((line) => line.startsWith('@@ '))
        .map((line) => JSON.parse(line.slice(3)) as Outcome);
      if (outcomes.length < cases.length) reject(new Error(`${command} ${args.join(' ')} exited with ${status} after ${outcomes.length} of ${cases.length} cases:\n${stderr}${stdout}`));
      else resolve(outcomes);
    });
    child.stdin.end(JSON.stringify(cases));
  });
}

const conninfo = (c: Case) => `host=127.0.0.1 port=${c.port} dbname=postgres user=${SUPERUSER.user} password=${c.password}`;

function python(library: 'psycopg' | 'psycopg2' | 'asyncpg', debianPackage: string): Harness {
  const present = succeeds(DEBIAN_PYTHON, ['-c', `import ${library}`]);
  return {
    missing: present ? null : `${DEBIAN_PYTHON} cannot import ${library}: apt-get install ${debianPackage}`,
    run: (cases) =>
      runProgram(
        DEBIAN_PYTHON,
        [join(HARNESS, 'python_harness.py'), library],
        cases.map((c) => ({
          ...c,
          conninfo: library === 'asyncpg' ? `postgresql://${SUPERUSER.user}:${c.password}@127.0.0.1:${c.port}/postgres` : conninfo(c),
        })),
      ),
  };
}

const rubyPg: Harness = {
  missing: succeeds('ruby', ['-e', "require 'pg'"]) ? null : "ruby cannot require 'pg': apt-get install ruby-pg",
  run: (cases) => runProgram('ruby', [join(HARNESS, 'pg_harness.rb')], cases.map((c) => ({ ...c, conninfo: conninfo(c) }))),
};

const phpPdo: Harness = {
  missing: succeeds('php', ['-r', "exit(extension_loaded('pdo_pgsql') ? 0 : 1);"]) ? null : 'php with pdo_pgsql is missing: apt-get install php-cli php-pgsql',
  run: (cases) =>
    runProgram(
      'php',
      [join(HARNESS, 'pdo_harness.php')],
      cases.map((c) => ({ ...c, pdo: { dsn: `pgsql:host=127.0.0.1;port=${c.port};dbname=postgres`, user: SUPERUSER.user, password: c.password } })),
    ),
};

/** One method per case in the template's main(), binding the names the snippet uses. */
function jdbcCase(c: Case): string {
  const url = JSON.stringify(`jdbc:postgresql://127.0.0.1:${c.port}/postgres`);
  const bindings = [`String url = ${url}, user = ${JSON.stringify(SUPERUSER.user)}, password = ${JSON.stringify(c.password)};`, `String sql = ${JSON.stringify(c.statement)};`];
  if (c.arrival !== 'connect') bindings.push('Connection connection = connect(url, user, password);');
  if (c.arrival === 'notice') bindings.push('Statement statement = connection.createStatement();');
  const after = c.runAfter ? ['statement.execute(sql);'] : [];
  return ['{', ...bindings, `report(${JSON.stringify(c.id)}, () -> {`, c.snippet, ...after, '});', '}'].join('\n');
}

const jdbc: Harness = {
  missing: !succeeds('javac', ['-version'])
    ? 'javac is missing (java File.java needs a JDK): apt-get install default-jdk-headless'
    : !succeeds('test', ['-f', PGJDBC_JAR])
      ? `${PGJDBC_JAR} is missing: apt-get install libpostgresql-jdbc-java`
      : null,
  async run(cases) {
    const template = await readFile(join(HARNESS, 'JdbcHarness.java.template'), 'utf8');
    const dir = await mkdtemp(join(tmpdir(), 'jdbc-harness-'));
    try {
      const source = join(dir, 'JdbcHarness.java');
      await writeFile(source, template.replace('/*CASES*/', () => cases.map(jdbcCase).join('\n')));
      // Single-file source launch: javac runs in the same JVM, once.
      return await runProgram('java', ['-cp', PGJDBC_JAR, source], cases);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

/** The harness of every tab the tests run; pgx and Npgsql have none, having no runtime here. */
export const HARNESSES: Partial<Record<CatchTabId, Harness>> = {
  plpgsql,
  'node-postgres': nodePostgres,
  'postgres-js': postgresJs,
  psycopg: python('psycopg', 'python3-psycopg'),
  psycopg2: python('psycopg2', 'python3-psycopg2'),
  asyncpg: python('asyncpg', 'python3-asyncpg'),
  jdbc,
  'ruby-pg': rubyPg,
  'php-pdo': phpPdo,
};

/** The call that runs the statement in each library's snippets: a notice snippet without it only listens. */
export const STATEMENT_CALLS: Partial<Record<CatchTabId, string>> = {
  'node-postgres': 'client.query(',
  'postgres-js': POSTGRES_JS_STATEMENT,
  psycopg: 'cur.execute(',
  psycopg2: 'cur.execute(',
  asyncpg: 'conn.execute(',
  jdbc: 'execute',
  'ruby-pg': 'exec_params(',
  'php-pdo': '->execute(',
};

// How application code recognises a SQLSTATE, for the "Catch it in code" section and the API:
// for each way the code arrives, a handler per library, built from the data and from each
// library's own names and from what each library was seen to raise (tests/drivers runs them).
import { arrivals, lastWordsBeforeClosing, type Arrival, type ArrivalFacts } from './arrivals';
import { libraryNames, namingRules, type NamedLibrary } from './library-names';
import { ormNotes, type OrmNote } from './orm-notes';
import { sqlStatesNamed, type SqlState } from '../databases/postgresql/facts';
import { retryAdvice, type RetryAdvice } from '../databases/postgresql/retry';

/** The psycopg.errors class for the code; null for classes 00 and 01, which are never raised. */
export function psycopgClassName(state: SqlState): string | null {
  return namingRules.psycopg.name(state);
}

/**
 * The PL/pgSQL handler: the condition name where it names one error code only, else
 * SQLSTATE '...'. PL/pgSQL knows error codes only (generate-plerrcodes.pl skips W and S lines),
 * so 22001 keeps string_data_right_truncation although warning 01004 has the same name.
 */
export function plpgsqlCondition(state: SqlState): string {
  const errorsNamed = sqlStatesNamed(state.condition).filter((s) => s.kind === 'error');
  return errorsNamed.length > 1 ? `SQLSTATE '${state.code}'` : state.condition;
}

export type CatchTabId =
  | 'plpgsql'
  | 'node-postgres'
  | 'postgres-js'
  | 'psycopg'
  | 'psycopg2'
  | 'asyncpg'
  | 'jdbc'
  | 'pgx'
  | 'npgsql'
  | 'ruby-pg'
  | 'php-pdo';

export interface CatchTab {
  id: CatchTabId;
  label: string;
  /** Shiki language id. */
  lang: string;
  code: string;
  /** What a reader must know that the code cannot say: a missing name, a libpq limit. */
  note?: string;
}

/** One way the code arrives, with the handler each library needs for it. */
export interface ArrivalBlock {
  arrival: Arrival;
  /** What happens, said once for all the tabs; null for a statement's error, which needs no word. */
  summary: string | null;
  tabs: CatchTab[];
  /** Which tabs tests/drivers runs against a real server, in one line. */
  tested: string;
}

export interface CatchBlock {
  /** The ways the code arrives, the one most handlers meet first; none for success. */
  arrivals: ArrivalBlock[];
  /** Said once for the whole block: why there is nothing to catch. */
  notes: string[];
  retry: RetryAdvice;
  orm: OrmNote[];
  names: Record<NamedLibrary, string | null> & { plpgsql: string | null };
}

/**
 * The tabs tests/drivers runs, by arrival: every library whose runtime npm or Debian ships. pgx
 * and Npgsql have no runtime here; PHP's notice callback needs PHP 8.4 and Debian 12 has 8.2.
 */
export const TESTED_TABS: Readonly<Record<Arrival, readonly CatchTabId[]>> = {
  statement: ['plpgsql', 'node-postgres', 'postgres-js', 'psycopg', 'psycopg2', 'asyncpg', 'jdbc', 'ruby-pg', 'php-pdo'],
  connect: ['node-postgres', 'postgres-js', 'psycopg', 'psycopg2', 'asyncpg', 'jdbc', 'ruby-pg', 'php-pdo'],
  session: ['node-postgres', 'postgres-js', 'psycopg', 'psycopg2', 'asyncpg', 'jdbc', 'ruby-pg', 'php-pdo'],
  notice: ['node-postgres', 'postgres-js', 'psycopg', 'psycopg2', 'asyncpg', 'jdbc', 'ruby-pg'],
  'connection-lost': ['node-postgres', 'postgres-js', 'psycopg', 'psycopg2', 'asyncpg', 'jdbc', 'ruby-pg', 'php-pdo'],
};

/**
 * The libraries seen to report a FATAL that ends a busy session with its code. The others lose it:
 * libpq (psycopg, psycopg2, the pg gem, PDO) reads the server's close as the failure, and
 * postgres.js and asyncpg report the closed connection. pgx and Npgsql read the protocol
 * themselves like JDBC, untested here.
 */
const SEES_FATAL_CODE: ReadonlySet<CatchTabId> = new Set(['node-postgres', 'jdbc', 'pgx', 'npgsql']);

/**
 * The error fields each Node driver's snippet points the reader to, tested on a real server; the
 * constraint name (last) only for class 23, whose errors name one.
 */
export const nodeDriverFields = {
  'node-postgres': ['severity', 'message', 'detail', 'constraint'],
  'postgres-js': ['severity', 'message', 'detail', 'constraint_name'],
} as const;

function fieldsComment(driver: keyof typeof nodeDriverFields, state: SqlState): string {
  const fields = nodeDriverFields[driver];
  return (state.class === '23' ? fields : fields.slice(0, -1)).map((f) => `err.${f}`).join(', ');
}

/** The placeholder statement in the postgres.js snippets, which tests replace with a real one. */
export const POSTGRES_JS_STATEMENT = 'sql`...`';

const lines = (...parts: string[]) => parts.join('\n');

interface Context {
  state: SqlState;
  arrival: Arrival;
  names: Record<NamedLibrary, string | null>;
}

/** Whether the handler meets a connection the server has closed rather than the code. */
const closes = (ctx: TabContext) => ctx.arrival === 'connection-lost' || (ctx.arrival === 'session' && !SEES_FATAL_CODE.has(ctx.tab));

/** The library-independent part of a tab. */
type TabBody = Omit<CatchTab, 'id' | 'label' | 'lang'>;

type TabContext = Context & { tab: CatchTabId };

interface Library {
  id: CatchTabId;
  label: string;
  lang: string;
  /** The handler for the arrival; null where the library cannot see the code that way. */
  tab(ctx: TabContext): TabBody | null;
}

const LIBPQ_LOGIN_NOTE =
  'libpq reports a refused login as text, without the SQLSTATE: the driver raises its generic connection error, and only the message tells the codes apart.';

/** What a library raises when the server closes the connection instead of answering. */
function lostNote(ctx: TabContext, raised: string): string {
  return ctx.arrival === 'session'
    ? `The FATAL arrives as a lost connection, without ${ctx.state.code}: ${raised}.`
    : `${raised}; the notice carries ${ctx.state.code}.`;
}

const nodePostgres: Library = {
  id: 'node-postgres',
  label: 'node-postgres',
  lang: 'js',
  tab(ctx) {
    const { code, condition } = ctx.state;
    if (ctx.arrival === 'notice') {
      return { code: lines("client.on('notice', (notice) => {", `  if (notice.code === '${code}') console.warn(notice.message); // ${condition}`, '});') };
    }
    if (ctx.arrival === 'connection-lost') {
      return {
        code: lines(
          "client.on('notice', (notice) => {",
          `  if (notice.code === '${code}') console.warn(notice.message); // ${condition}`,
          '});',
          'try {',
          '  await client.query(text, values);',
          '} catch (err) {',
          '  if (err instanceof pg.DatabaseError) throw err; // the server answered: not a lost connection',
          '  // the connection is gone: connect again',
          '}',
        ),
        note: lostNote(ctx, 'node-postgres raises a plain Error, “Connection terminated unexpectedly”, with no code'),
      };
    }
    const call = ctx.arrival === 'connect' ? 'await client.connect();' : 'await client.query(text, values);';
    return {
      code: lines('try {', `  ${call}`, '} catch (err) {', `  if (err.code !== '${code}') throw err;`, `  // ${condition}: ${fieldsComment('node-postgres', ctx.state)}`, '}'),
      note: ctx.arrival === 'session' ? 'A client that is idle when the server ends the session gets the error as an ‘error’ event instead.' : undefined,
    };
  },
};

const postgresJs: Library = {
  id: 'postgres-js',
  label: 'postgres.js',
  lang: 'js',
  tab(ctx) {
    const { code, condition } = ctx.state;
    const onNotice = `  onnotice: (notice) => { if (notice.code === '${code}') console.warn(notice.message); }, // ${condition}`;
    if (ctx.arrival === 'notice') return { code: lines('const sql = postgres(url, {', onNotice, '});') };
    if (closes(ctx)) {
      return {
        code: lines(
          ...(ctx.arrival === 'connection-lost' ? ['const sql = postgres(url, {', onNotice, '});'] : []),
          'try {',
          `  await ${POSTGRES_JS_STATEMENT}; // the statement in progress`,
          '} catch (err) {',
          "  if (err.code !== 'CONNECTION_CLOSED') throw err;",
          '  // the connection is gone; the next query opens a new one',
          '}',
        ),
        note: lostNote(ctx, 'postgres.js raises err.code CONNECTION_CLOSED'),
      };
    }
    const statement =
      ctx.arrival === 'connect' ? 'await sql`select 1`; // postgres.js connects on the first query' : `await ${POSTGRES_JS_STATEMENT}; // the statement that can fail`;
    return {
      code: lines('try {', `  ${statement}`, '} catch (err) {', `  if (err.code !== '${code}') throw err;`, `  // ${condition}: ${fieldsComment('postgres-js', ctx.state)}`, '}'),
    };
  },
};

function psycopgLibrary(library: 'psycopg' | 'psycopg2'): Library {
  const rule = namingRules[library];
  const codeAttribute = library === 'psycopg' ? 'err.sqlstate' : 'err.pgcode';
  return {
    id: library,
    label: rule.title,
    lang: 'python',
    tab(ctx) {
      const { code, condition } = ctx.state;
      if (ctx.arrival === 'notice') {
        return library === 'psycopg'
          ? { code: lines('def on_notice(diag):', `    if diag.sqlstate == "${code}":  # ${condition}`, '        print(diag.message_primary)', '', 'conn.add_notice_handler(on_notice)') }
          : {
              code: lines('cur.execute(query, params)', 'for notice in conn.notices:  # text such as "WARNING:  ...", no SQLSTATE', '    print(notice)'),
              note: 'psycopg2 keeps notices as text in conn.notices, without their SQLSTATE.',
            };
      }
      if (ctx.arrival === 'connect') {
        return {
          code: lines(
            'try:',
            `    conn = ${library}.connect(conninfo)`,
            `except ${library}.OperationalError as err:`,
            `    # ${condition}: ${codeAttribute} is None here; str(err) has the server's message`,
            '    ...',
          ),
          note: LIBPQ_LOGIN_NOTE,
        };
      }
      if (closes(ctx)) {
        const lost = ctx.arrival === 'connection-lost';
        const noticeReader =
          library === 'psycopg' && lost
            ? ['def on_notice(diag):', `    if diag.sqlstate == "${code}":  # ${condition}`, '        print(diag.message_primary)', '', 'conn.add_notice_handler(on_notice)']
            : [];
        const handler =
          library === 'psycopg2' && lost
            ? ['    for notice in conn.notices:  # text such as "WARNING:  terminating connection ..."', '        print(notice)']
            : ['    ...  # the connection is gone: connect again'];
        return {
          code: lines(...noticeReader, 'try:', '    cur.execute(query, params)', `except ${library}.OperationalError:`, '    if not conn.closed:', '        raise', ...handler),
          note: lostNote(ctx, `${rule.title} raises OperationalError with ${codeAttribute.slice(4)} None, and conn.closed is true`),
        };
      }
      const className = rule.name(ctx.state);
      if (className) {
        return {
          code: lines(
            `from ${library} import errors`,
            '',
            'try:',
            '    cur.execute(query, params)',
            `except errors.${className} as err:`,
            `    ...  # ${condition}: ${codeAttribute} == "${code}", err.diag.message_detail`,
          ),
        };
      }
      return {
        code: lines('try:', '    cur.execute(query, params)', `except ${library}.Error as err:`, `    if ${codeAttribute} != "${code}":  # ${condition}`, '        raise'),
        note: rule.whyNoName(ctx.state) ?? undefined,
      };
    },
  };
}

const asyncpg: Library = {
  id: 'asyncpg',
  label: 'asyncpg',
  lang: 'python',
  tab(ctx) {
    const { code, condition } = ctx.state;
    const logListener = ['def on_log(conn, message):', `    if message.sqlstate == "${code}":  # ${condition}`, '        print(message.message)', '', 'conn.add_log_listener(on_log)'];
    if (ctx.arrival === 'notice') return { code: lines(...logListener) };
    if (closes(ctx)) {
      return {
        code: lines(
          'from asyncpg import exceptions',
          '',
          ...(ctx.arrival === 'connection-lost' ? logListener : []),
          'try:',
          '    await conn.execute(query, *args)',
          'except exceptions.ConnectionDoesNotExistError:',
          '    ...  # the connection is gone: connect again',
        ),
        note: lostNote(ctx, 'asyncpg raises ConnectionDoesNotExistError'),
      };
    }
    const call = ctx.arrival === 'connect' ? 'conn = await asyncpg.connect(dsn)' : 'await conn.execute(query, *args)';
    const name = ctx.names.asyncpg;
    if (name) {
      return {
        code: lines('from asyncpg import exceptions', '', 'try:', `    ${call}`, `except exceptions.${name.slice(namingRules.asyncpg.prefix.length)} as err:`, `    ...  # ${condition}: err.sqlstate == "${code}", err.detail`),
      };
    }
    return {
      code: lines('try:', `    ${call}`, 'except asyncpg.PostgresError as err:', `    if err.sqlstate != "${code}":  # ${condition}`, '        raise'),
      note: namingRules.asyncpg.whyNoName(ctx.state) ?? undefined,
    };
  },
};

const jdbc: Library = {
  id: 'jdbc',
  label: 'JDBC',
  lang: 'java',
  tab(ctx) {
    const { code, condition } = ctx.state;
    const warnings = (indent: string) => [
      `${indent}for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {`,
      `${indent}    if ("${code}".equals(w.getSQLState())) System.err.println(w.getMessage()); // ${condition}`,
      `${indent}}`,
    ];
    if (ctx.arrival === 'notice') return { code: lines('statement.execute(sql);', ...warnings('')) };
    if (ctx.arrival === 'connection-lost') {
      return {
        code: lines(
          'PreparedStatement statement = connection.prepareStatement(sql);',
          'try {',
          '    statement.executeUpdate();',
          '} catch (SQLException e) {',
          '    if (!"08006".equals(e.getSQLState())) throw e; // 08006: the connection is gone',
          ...warnings('    '),
          '}',
        ),
        note: lostNote(ctx, 'pgjdbc raises PSQLException with SQLState 08006'),
      };
    }
    const body =
      ctx.arrival === 'connect'
        ? ['try (Connection connection = DriverManager.getConnection(url, user, password)) {', '    // ...']
        : ['try (PreparedStatement statement = connection.prepareStatement(sql)) {', '    statement.executeUpdate();'];
    return { code: lines(...body, '} catch (SQLException e) {', `    if (!"${code}".equals(e.getSQLState())) throw e;`, `    // ${condition}`, '}') };
  },
};

const pgx: Library = {
  id: 'pgx',
  label: 'pgx (Go)',
  lang: 'go',
  tab(ctx) {
    const { code, condition } = ctx.state;
    const constant = ctx.names.pgerrcode ?? `"${code}"`;
    const onNotice = ['config.OnNotice = func(_ *pgconn.PgConn, n *pgconn.Notice) {', `\tif n.Code == ${constant} { // ${condition}`, '\t\tlog.Println(n.Message)', '\t}', '}'];
    if (ctx.arrival === 'notice') return { code: lines(...onNotice) };
    if (ctx.arrival === 'connection-lost') {
      return {
        code: lines(...onNotice, '', '_, err := conn.Exec(ctx, sql, args...)', 'if err != nil && conn.IsClosed() {', '\t// the connection is gone: connect again', '}'),
        note: `pgx returns an I/O error, not a *pgconn.PgError; the notice carries ${code}.`,
      };
    }
    const call = ctx.arrival === 'connect' ? 'conn, err := pgx.Connect(ctx, connString)' : '_, err := conn.Exec(ctx, sql, args...)';
    return {
      code: lines(
        call,
        'var pgErr *pgconn.PgError',
        `if errors.As(err, &pgErr) && pgErr.Code == ${constant} {`,
        `\t// ${condition}: pgErr.Message, pgErr.Detail, pgErr.ConstraintName`,
        '}',
      ),
      note: ctx.names.pgerrcode ? undefined : (namingRules.pgerrcode.whyNoName(ctx.state) ?? undefined),
    };
  },
};

const npgsql: Library = {
  id: 'npgsql',
  label: 'Npgsql (.NET)',
  lang: 'csharp',
  tab(ctx) {
    const { code, condition } = ctx.state;
    const constant = ctx.names.npgsql ?? `"${code}"`;
    const onNotice = [
      'connection.Notice += (_, e) =>',
      '{',
      `    if (e.Notice.SqlState == ${constant}) Console.Error.WriteLine(e.Notice.MessageText); // ${condition}`,
      '};',
    ];
    if (ctx.arrival === 'notice') return { code: lines(...onNotice) };
    if (ctx.arrival === 'connection-lost') {
      return {
        code: lines(
          ...onNotice,
          'try',
          '{',
          '    await command.ExecuteNonQueryAsync();',
          '}',
          'catch (NpgsqlException e) when (e is not PostgresException)',
          '{',
          '    // the connection is gone: open a new one',
          '}',
        ),
        note: `Npgsql raises an NpgsqlException that is no PostgresException; the notice carries ${code}.`,
      };
    }
    const call = ctx.arrival === 'connect' ? 'await connection.OpenAsync();' : 'await command.ExecuteNonQueryAsync();';
    return {
      code: lines('try', '{', `    ${call}`, '}', `catch (PostgresException e) when (e.SqlState == ${constant})`, '{', `    // ${condition}: e.MessageText, e.Detail, e.ConstraintName`, '}'),
      note: ctx.names.npgsql ? undefined : (namingRules.npgsql.whyNoName(ctx.state) ?? undefined),
    };
  },
};

const rubyPg: Library = {
  id: 'ruby-pg',
  label: 'pg (Ruby)',
  lang: 'ruby',
  tab(ctx) {
    const { code, condition } = ctx.state;
    const receiver = [
      'conn.set_notice_receiver do |result|',
      `  warn result.error_message if result.error_field(PG::PG_DIAG_SQLSTATE) == '${code}' # ${condition}`,
      'end',
    ];
    if (ctx.arrival === 'notice') return { code: lines(...receiver) };
    if (ctx.arrival === 'connect') {
      return {
        code: lines('begin', '  conn = PG.connect(conninfo)', 'rescue PG::ConnectionBad => e', `  # ${condition}: no SQLSTATE here; e.message has the server's message`, 'end'),
        note: LIBPQ_LOGIN_NOTE,
      };
    }
    if (closes(ctx)) {
      return {
        code: lines(
          ...(ctx.arrival === 'connection-lost' ? receiver : []),
          'begin',
          '  conn.exec_params(sql, params)',
          'rescue PG::ConnectionBad',
          '  # the connection is gone: conn.reset connects again',
          'end',
        ),
        note: lostNote(ctx, 'the pg gem raises PG::ConnectionBad'),
      };
    }
    const className = ctx.names['ruby-pg'];
    const handler = className
      ? [`rescue ${className} => e`, `  # ${condition}: e.result.error_field(PG::PG_DIAG_MESSAGE_DETAIL)`]
      : ['rescue PG::ServerError => e', `  raise unless e.result.error_field(PG::PG_DIAG_SQLSTATE) == '${code}' # ${condition}`];
    return {
      code: lines('begin', '  conn.exec_params(sql, params)', ...handler, 'end'),
      note: className ? undefined : (namingRules['ruby-pg'].whyNoName(ctx.state) ?? undefined),
    };
  },
};

const phpPdo: Library = {
  id: 'php-pdo',
  label: 'PHP PDO',
  lang: 'php',
  tab(ctx) {
    const { code, condition } = ctx.state;
    if (ctx.arrival === 'notice') {
      return {
        code: lines('$pdo = new Pdo\\Pgsql($dsn, $user, $password); // PHP 8.4', '$pdo->setNoticeCallback(function (string $message) {', `    error_log($message); // "WARNING:  ...": text only, no SQLSTATE`, '});'),
        note: 'Before PHP 8.4, PDO drops notices.',
      };
    }
    if (ctx.arrival === 'connect') {
      return {
        code: lines('try {', '    $pdo = new PDO($dsn, $user, $password);', '} catch (PDOException $e) {', `    // ${condition}: errorInfo[0] is 08006 here; $e->getMessage() has the server's message`, '}'),
        note: LIBPQ_LOGIN_NOTE,
      };
    }
    const lost = closes(ctx);
    return {
      code: lines(
        'try {',
        '    $pdo->prepare($sql)->execute($params);',
        '} catch (PDOException $e) {',
        lost ? "    if ($e->errorInfo[0] !== 'HY000') throw $e; // HY000: no SQLSTATE, the connection is gone" : `    if ($e->errorInfo[0] !== '${code}') throw $e;`,
        lost ? '    // connect again' : `    // ${condition}: $e->errorInfo[2] has the server's message`,
        '}',
      ),
      note: lost ? lostNote(ctx, 'PDO raises PDOException with errorInfo[0] HY000') + (ctx.arrival === 'connection-lost' ? ' PDO drops notices before PHP 8.4.' : '') : undefined,
    };
  },
};

const plpgsql: Library = {
  id: 'plpgsql',
  label: 'PL/pgSQL',
  lang: 'sql',
  tab(ctx) {
    if (ctx.arrival !== 'statement') return null;
    const condition = plpgsqlCondition(ctx.state);
    return {
      code: lines(
        'DO $$',
        'BEGIN',
        '  -- the statement that can fail',
        'EXCEPTION',
        `  WHEN ${condition} THEN`,
        "    RAISE NOTICE 'caught %: %', SQLSTATE, SQLERRM;",
        'END',
        '$$;',
      ),
      note: condition.startsWith('SQLSTATE')
        ? `Another error code shares the condition name ${ctx.state.condition}, so the handler names the SQLSTATE.`
        : undefined,
    };
  },
};

const LIBRARIES: readonly Library[] = [plpgsql, nodePostgres, postgresJs, psycopgLibrary('psycopg'), psycopgLibrary('psycopg2'), asyncpg, jdbc, pgx, npgsql, rubyPg, phpPdo];

/** The stacks a PostgreSQL reader picks among in the tabs: the catch tabs, whose ids the fix tabs share. */
export const CATCH_STACKS: readonly { id: CatchTabId; label: string }[] = LIBRARIES.map(({ id, label }) => ({ id, label }));

function arrivalSummary(facts: ArrivalFacts, arrival: Arrival): string | null {
  const { code } = facts.state;
  switch (arrival) {
    case 'statement':
      return null;
    case 'connect':
      return 'PostgreSQL refuses the login with this code, so the connect call fails; no PL/pgSQL code runs yet to catch it.';
    case 'session':
      return 'PostgreSQL raises this code as FATAL and closes the session: the call in progress fails, the connection is gone, and PL/pgSQL cannot catch it.';
    case 'notice': {
      const level = facts.levels.find((l) => l !== 'LOG') ?? 'LOG';
      return level === 'LOG'
        ? `PostgreSQL writes ${code} to the server log at level LOG: a session sees it, as a notice, only if it sets client_min_messages to log. No library raises it.`
        : `${code} only ever comes as a notice (${level}): the statement goes on, no library raises it, and each hands it to a notice callback.`;
    }
    case 'connection-lost':
      return `The server sends “${lastWordsBeforeClosing(facts)}” (${code}) as a WARNING notice, then closes the connection: no library raises ${code}; each raises its lost-connection error, and a notice callback sees the code.`;
  }
}

/** "node-postgres, postgres.js and pg (Ruby)". */
function listed(labels: string[]): string {
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

function testedLine(arrival: Arrival, tabs: CatchTab[]): string {
  const notRun = tabs.filter((t) => !TESTED_TABS[arrival].includes(t.id)).map((t) => t.label);
  return `Run against PostgreSQL in our tests: ${notRun.length ? `every tab but ${listed(notRun)}` : 'every tab'}.`;
}

function arrivalBlock(facts: ArrivalFacts, arrival: Arrival, names: Record<NamedLibrary, string | null>): ArrivalBlock {
  const ctx: Context = { state: facts.state, arrival, names };
  const tabs = LIBRARIES.flatMap((library) => {
    const body = library.tab({ ...ctx, tab: library.id });
    return body ? [{ id: library.id, label: library.label, lang: library.lang, ...body }] : [];
  });
  return { arrival, summary: arrivalSummary(facts, arrival), tabs, tested: testedLine(arrival, tabs) };
}

/** Everything the "Catch it in code" section and the API say about handling the code. */
export function catchBlock(facts: ArrivalFacts): CatchBlock {
  const { state } = facts;
  const names = libraryNames(state);
  const ways = arrivals(facts);
  return {
    arrivals: ways.map((arrival) => arrivalBlock(facts, arrival, names)),
    notes: state.kind === 'success' ? [`${state.code} means success: no driver raises it, so there is nothing to catch.`] : [],
    retry: retryAdvice(state),
    orm: ormNotes(state, ways[0]),
    names: { ...names, plpgsql: state.kind === 'error' ? plpgsqlCondition(state) : null },
  };
}

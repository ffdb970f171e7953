// How application code recognises a SQLSTATE, for the "Catch it in code" section and the API:
// a handler per library, built from the data and from each library's own names.
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

/**
 * When a client sees the code: with a statement, when connecting (the server refuses the login),
 * or when the server ends a session that is already open (FATAL, never ERROR).
 */
export type RaisedAt = 'statement' | 'connect' | 'session';

/** Codes the server sends while refusing a login, so the connect call is what fails. */
const RAISED_AT_LOGIN: ReadonlySet<string> = new Set(['28000', '28P01', '3D000', '53300', '57P03']);

export function raisedAt(state: SqlState, levels: readonly string[]): RaisedAt {
  if (RAISED_AT_LOGIN.has(state.code)) return 'connect';
  if (levels.includes('FATAL') && !levels.includes('ERROR')) return 'session';
  return 'statement';
}

export type CatchTabId =
  | 'plpgsql'
  | 'node-postgres'
  | 'postgres-js'
  | 'psycopg'
  | 'psycopg2'
  | 'jdbc'
  | 'pgx'
  | 'npgsql'
  | 'ruby-pg';

export interface CatchTab {
  id: CatchTabId;
  label: string;
  /** Shiki language id. */
  lang: string;
  code: string;
  /** What a reader must know that the code cannot say: a missing name, a libpq limit. */
  note?: string;
}

export interface CatchBlock {
  raisedAt: RaisedAt;
  tabs: CatchTab[];
  /** Said once for the whole block: why a language is missing, what a warning is. */
  notes: string[];
  retry: RetryAdvice;
  orm: OrmNote[];
  names: Record<NamedLibrary, string | null> & { plpgsql: string | null };
}

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
  at: RaisedAt;
  names: Record<NamedLibrary, string | null>;
}

const comment = ({ state }: Context) => state.condition;

function nodePostgres(ctx: Context): CatchTab {
  const { code } = ctx.state;
  const call = ctx.at === 'connect' ? 'await client.connect();' : 'await client.query(text, values);';
  const fields = fieldsComment('node-postgres', ctx.state);
  return {
    id: 'node-postgres',
    label: 'node-postgres',
    lang: 'js',
    code: lines(
      'try {',
      `  ${call}`,
      '} catch (err) {',
      `  if (err.code !== '${code}') throw err;`,
      `  // ${comment(ctx)}: ${fields}`,
      '}',
    ),
    note: ctx.at === 'session' ? 'A client that is idle when the server ends the session gets the error as an ‘error’ event instead.' : undefined,
  };
}

function postgresJs(ctx: Context): CatchTab {
  const { code } = ctx.state;
  const fields = fieldsComment('postgres-js', ctx.state);
  const statement =
    ctx.at === 'connect' ? 'await sql`select 1`; // postgres.js connects on the first query' : `await ${POSTGRES_JS_STATEMENT}; // the statement that can fail`;
  return {
    id: 'postgres-js',
    label: 'postgres.js',
    lang: 'js',
    code: lines(
      'try {',
      `  ${statement}`,
      '} catch (err) {',
      `  if (err.code !== '${code}') throw err;`,
      `  // ${comment(ctx)}: ${fields}`,
      '}',
    ),
  };
}

/** libpq gives a refused login as text only: psycopg, psycopg2 and the pg gem see no SQLSTATE. */
const LIBPQ_LOGIN_NOTE =
  'libpq reports a refused login as text, without the SQLSTATE: the driver raises its generic connection error, and only the message tells the codes apart.';

function psycopg(ctx: Context, library: 'psycopg' | 'psycopg2'): CatchTab {
  const { code } = ctx.state;
  const rule = namingRules[library];
  const label = rule.title;
  const codeAttribute = library === 'psycopg' ? 'err.sqlstate' : 'err.pgcode';
  if (ctx.at === 'connect') {
    return {
      id: library,
      label,
      lang: 'python',
      code: lines(
        'try:',
        `    conn = ${library}.connect(conninfo)`,
        `except ${library}.OperationalError as err:`,
        `    # ${comment(ctx)}: ${codeAttribute} is None here; str(err) has the server's message`,
        '    ...',
      ),
      note: LIBPQ_LOGIN_NOTE,
    };
  }
  const className = rule.name(ctx.state);
  const idleNote =
    ctx.at === 'session' && library === 'psycopg2'
      ? 'If the connection was idle when the server ended it, psycopg2 raises OperationalError with pgcode None instead.'
      : undefined;
  if (className) {
    return {
      id: library,
      label,
      lang: 'python',
      code: lines(
        `from ${library} import errors`,
        '',
        'try:',
        '    cur.execute(query, params)',
        `except errors.${className} as err:`,
        `    ...  # ${comment(ctx)}: ${codeAttribute} == "${code}", err.diag.message_detail`,
      ),
      note: idleNote,
    };
  }
  return {
    id: library,
    label,
    lang: 'python',
    code: lines(
      'try:',
      '    cur.execute(query, params)',
      `except ${library}.Error as err:`,
      `    if ${codeAttribute} != "${code}":  # ${comment(ctx)}`,
      '        raise',
    ),
    note: [rule.whyNoName(ctx.state), idleNote].filter(Boolean).join(' '),
  };
}

function jdbc(ctx: Context): CatchTab {
  const { code } = ctx.state;
  const body =
    ctx.at === 'connect'
      ? ['try (Connection connection = DriverManager.getConnection(url, user, password)) {', '    // ...']
      : ['try (PreparedStatement statement = connection.prepareStatement(sql)) {', '    statement.executeUpdate();'];
  return {
    id: 'jdbc',
    label: 'JDBC',
    lang: 'java',
    code: lines(
      ...body,
      '} catch (SQLException e) {',
      `    if (!"${code}".equals(e.getSQLState())) throw e;`,
      `    // ${comment(ctx)}`,
      '}',
    ),
  };
}

function pgx(ctx: Context): CatchTab {
  const { code } = ctx.state;
  const constant = ctx.names.pgerrcode;
  const call = ctx.at === 'connect' ? 'conn, err := pgx.Connect(ctx, connString)' : '_, err := conn.Exec(ctx, sql, args...)';
  return {
    id: 'pgx',
    label: 'pgx (Go)',
    lang: 'go',
    code: lines(
      call,
      'var pgErr *pgconn.PgError',
      `if errors.As(err, &pgErr) && pgErr.Code == ${constant ?? `"${code}"`} {`,
      `\t// ${comment(ctx)}: pgErr.Message, pgErr.Detail, pgErr.ConstraintName`,
      '}',
    ),
    note: constant ? undefined : (namingRules.pgerrcode.whyNoName(ctx.state) ?? undefined),
  };
}

function npgsql(ctx: Context): CatchTab {
  const { code } = ctx.state;
  const constant = ctx.names.npgsql;
  const call = ctx.at === 'connect' ? 'await connection.OpenAsync();' : 'await command.ExecuteNonQueryAsync();';
  return {
    id: 'npgsql',
    label: 'Npgsql (.NET)',
    lang: 'csharp',
    code: lines(
      'try',
      '{',
      `    ${call}`,
      '}',
      `catch (PostgresException e) when (e.SqlState == ${constant ?? `"${code}"`})`,
      '{',
      `    // ${comment(ctx)}: e.MessageText, e.Detail, e.ConstraintName`,
      '}',
    ),
    note: constant ? undefined : (namingRules.npgsql.whyNoName(ctx.state) ?? undefined),
  };
}

function rubyPg(ctx: Context): CatchTab {
  const { code } = ctx.state;
  if (ctx.at === 'connect') {
    return {
      id: 'ruby-pg',
      label: 'pg (Ruby)',
      lang: 'ruby',
      code: lines(
        'begin',
        '  conn = PG.connect(conninfo)',
        'rescue PG::ConnectionBad => e',
        `  # ${comment(ctx)}: no SQLSTATE here; e.message has the server's message`,
        'end',
      ),
      note: LIBPQ_LOGIN_NOTE,
    };
  }
  const className = ctx.names['ruby-pg'];
  const handler = className
    ? [`rescue ${className} => e`, `  # ${comment(ctx)}: e.result.error_field(PG::PG_DIAG_MESSAGE_DETAIL)`]
    : ['rescue PG::ServerError => e', `  raise unless e.result.error_field(PG::PG_DIAG_SQLSTATE) == '${code}' # ${comment(ctx)}`];
  return {
    id: 'ruby-pg',
    label: 'pg (Ruby)',
    lang: 'ruby',
    code: lines('begin', '  conn.exec_params(sql, params)', ...handler, 'end'),
    note: className ? undefined : (namingRules['ruby-pg'].whyNoName(ctx.state) ?? undefined),
  };
}

function plpgsql(ctx: Context): CatchTab {
  const condition = plpgsqlCondition(ctx.state);
  return {
    id: 'plpgsql',
    label: 'PL/pgSQL',
    lang: 'sql',
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
}

/** Warnings never fail the statement: each library hands them to a notice callback. */
function noticeTabs(ctx: Context): CatchTab[] {
  const { code } = ctx.state;
  const npgsqlConstant = ctx.names.npgsql;
  return [
    {
      id: 'node-postgres',
      label: 'node-postgres',
      lang: 'js',
      code: lines("client.on('notice', (notice) => {", `  if (notice.code === '${code}') console.warn(notice.message); // ${comment(ctx)}`, '});'),
    },
    {
      id: 'postgres-js',
      label: 'postgres.js',
      lang: 'js',
      code: lines(
        'const sql = postgres(url, {',
        `  onnotice: (notice) => { if (notice.code === '${code}') console.warn(notice.message); }, // ${comment(ctx)}`,
        '});',
      ),
    },
    {
      id: 'psycopg',
      label: 'psycopg 3',
      lang: 'python',
      code: lines(
        'def on_notice(diag):',
        `    if diag.sqlstate == "${code}":  # ${comment(ctx)}`,
        '        print(diag.message_primary)',
        '',
        'conn.add_notice_handler(on_notice)',
      ),
    },
    {
      id: 'psycopg2',
      label: 'psycopg2',
      lang: 'python',
      code: lines('cur.execute(query, params)', 'for notice in conn.notices:  # text such as "WARNING:  ...", no SQLSTATE', '    print(notice)'),
      note: 'psycopg2 keeps notices as text in conn.notices, without their SQLSTATE.',
    },
    {
      id: 'jdbc',
      label: 'JDBC',
      lang: 'java',
      code: lines(
        'statement.execute(sql);',
        'for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {',
        `    if ("${code}".equals(w.getSQLState())) System.err.println(w.getMessage()); // ${comment(ctx)}`,
        '}',
      ),
    },
    {
      id: 'pgx',
      label: 'pgx (Go)',
      lang: 'go',
      code: lines(
        'config.OnNotice = func(_ *pgconn.PgConn, n *pgconn.Notice) {',
        `\tif n.Code == ${ctx.names.pgerrcode ?? `"${code}"`} { // ${comment(ctx)}`,
        '\t\tlog.Println(n.Message)',
        '\t}',
        '}',
      ),
    },
    {
      id: 'npgsql',
      label: 'Npgsql (.NET)',
      lang: 'csharp',
      code: lines(
        'connection.Notice += (_, e) =>',
        '{',
        `    if (e.Notice.SqlState == ${npgsqlConstant ?? `"${code}"`}) Console.Error.WriteLine(e.Notice.MessageText); // ${comment(ctx)}`,
        '};',
      ),
    },
    {
      id: 'ruby-pg',
      label: 'pg (Ruby)',
      lang: 'ruby',
      code: lines(
        'conn.set_notice_receiver do |result|',
        `  warn result.error_message if result.error_field(PG::PG_DIAG_SQLSTATE) == '${code}' # ${comment(ctx)}`,
        'end',
      ),
    },
  ];
}

function blockNotes(state: SqlState, at: RaisedAt): string[] {
  if (state.kind === 'success') return [`${state.code} means success: no driver raises it, so there is nothing to catch.`];
  if (state.kind === 'warning') {
    return [`${state.code} is a warning: the statement succeeds and the server sends the warning as a notice, which each library hands to a callback.`];
  }
  if (at === 'connect') return ['PostgreSQL refuses the login with this code, so the connect call fails; no PL/pgSQL code runs yet to catch it.'];
  if (at === 'session') {
    return ['PostgreSQL raises this code as FATAL and closes the session: the call in progress fails, the connection is gone, and PL/pgSQL cannot catch it.'];
  }
  return [];
}

/** Everything the "Catch it in code" section and the API say about handling the code. */
export function catchBlock(state: SqlState, levels: readonly string[]): CatchBlock {
  const at = raisedAt(state, levels);
  const names = libraryNames(state);
  const ctx: Context = { state, at, names };
  const errorTabs = (): CatchTab[] => [
    ...(at === 'statement' ? [plpgsql(ctx)] : []),
    nodePostgres(ctx),
    postgresJs(ctx),
    psycopg(ctx, 'psycopg'),
    psycopg(ctx, 'psycopg2'),
    jdbc(ctx),
    pgx(ctx),
    npgsql(ctx),
    rubyPg(ctx),
  ];
  const tabs = state.kind === 'error' ? errorTabs() : state.kind === 'warning' ? noticeTabs(ctx) : [];
  return {
    raisedAt: at,
    tabs,
    notes: blockNotes(state, at),
    retry: retryAdvice(state),
    orm: ormNotes(state, at === 'connect'),
    names: { ...names, plpgsql: state.kind === 'error' ? plpgsqlCondition(state) : null },
  };
}

// What each client library calls a SQLSTATE: its exception class or its constant, built by the
// library's own naming rule, with the exceptions the library makes to it. A library whose list
// lacks a code gets no name here, and the page compares the SQLSTATE string instead.
import type { SqlState } from '../databases/postgresql/facts';

export type NamedLibrary = 'psycopg' | 'psycopg2' | 'asyncpg' | 'npgsql' | 'pgerrcode' | 'ruby-pg';

export interface NamingRule {
  library: NamedLibrary;
  /** The library as readers know it. */
  title: string;
  /** How code refers to a name: `psycopg.errors.` + the name, `PG::` + the name... */
  prefix: string;
  /** The rule in one sentence, as the library's generator or list applies it. */
  rule: string;
  /** The file in the library's repository that holds the rule or the list. */
  source: string;
  /** The release (or the PostgreSQL version its list follows) these names were checked against. */
  checkedAgainst: string;
  /** Codes the library names against its own rule, with the name it uses. */
  exceptions: Readonly<Record<string, string>>;
  /** The library's name for the code, or null where its list has none. */
  name(state: SqlState): string | null;
  /** Why the library has no name for this code; null when it has one. */
  whyNoName(state: SqlState): string | null;
}

/** The major version a code appeared in, as a number: "9.6" is 9.6, "18" is 18. */
function sinceVersion(state: SqlState): number {
  return Number.parseFloat(state.since);
}

/** Python's str.title(): a letter after a non-letter goes upper case, every other letter lower. */
function pythonTitle(text: string): string {
  return text.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Each underscore-separated word with its first letter upper case and the rest lower, joined. */
function pascalWords(text: string): string {
  return text
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * psycopg (tools/update_errors.py) and psycopg2 (scripts/make_errors.py) share one generator rule:
 * the upper-case condition name through str.title(), underscores removed. Both skip classes 00
 * and 01, "never raised", and rename the codes whose name another code already has.
 */
const PSYCOPG_EXCEPTIONS: Readonly<Record<string, string>> = {
  '38002': 'ModifyingSqlDataNotPermittedExt',
  '38003': 'ProhibitedSqlStatementAttemptedExt',
  '38004': 'ReadingSqlDataNotPermittedExt',
  '39004': 'NullValueNotAllowedExt',
  XX000: 'InternalError_',
};

/** The newest PostgreSQL whose errcodes.txt each library's list follows. */
const PSYCOPG_LIST_VERSION = 18;

function psycopgRule(library: 'psycopg' | 'psycopg2', title: string, source: string, release: string): NamingRule {
  const skipsClass = (state: SqlState) => state.class === '00' || state.class === '01';
  return {
    library,
    title,
    prefix: `${library}.errors.`,
    rule: 'The condition name in upper case through Python’s str.title(), underscores removed; classes 00 and 01 get no class.',
    source,
    checkedAgainst: `${release} (lists PostgreSQL ${PSYCOPG_LIST_VERSION}’s codes)`,
    exceptions: PSYCOPG_EXCEPTIONS,
    name(state) {
      if (this.whyNoName(state)) return null;
      return PSYCOPG_EXCEPTIONS[state.code] ?? pythonTitle(state.condition).replaceAll('_', '');
    },
    whyNoName(state) {
      if (skipsClass(state)) return `${title} makes no exception class for class ${state.class}: the server never raises it as an error.`;
      if (sinceVersion(state) > PSYCOPG_LIST_VERSION) return `${title} ${release} has no class for ${state.code}, which PostgreSQL added after its list.`;
      return null;
    },
  };
}

/** asyncpg's _namemap (tools/generate_exceptions.py): the names its rule would not give. */
const ASYNCPG_EXCEPTIONS: Readonly<Record<string, string>> = {
  '08001': 'ClientCannotConnectError',
  '08004': 'ConnectionRejectionError',
  '08006': 'ConnectionFailureError',
  '38002': 'ModifyingExternalRoutineSQLDataNotPermittedError',
  '38003': 'ProhibitedExternalRoutineSQLStatementAttemptedError',
  '38004': 'ReadingExternalRoutineSQLDataNotPermittedError',
  '39004': 'NullValueInExternalRoutineNotAllowedError',
  '42000': 'SyntaxOrAccessError',
  XX000: 'InternalServerError',
};

/** The words generate_exceptions.py upper-cases. */
const ASYNCPG_ABBREVIATIONS: Readonly<Record<string, string>> = { Fdw: 'FDW', Io: 'IO', Plpgsql: 'PLPGSQL', Sql: 'SQL' };

/**
 * The names the rule spells that Python's builtins already have, which the generator prefixes with
 * Postgres (hasattr(builtins, name)): 01000 is PostgresWarning, 42601 PostgresSyntaxError.
 */
const PYTHON_BUILTINS = new Set(['Warning', 'ConnectionError', 'FloatingPointError', 'SyntaxError', 'SystemError', 'IOError']);

/** The PostgreSQL whose errcodes.txt asyncpg 0.27.0's exceptions/__init__.py was generated from. */
const ASYNCPG_LIST_VERSION = 14;

/**
 * asyncpg generates a class per code, warnings included, from the condition name: words
 * capitalised, a last word Exception or Failure turned into Error, Error appended to error codes,
 * and the abbreviations above upper-cased. A code missing from its list raises
 * asyncpg.exceptions.UnknownPostgresError (its _message_map has no fallback by class).
 */
const asyncpg: NamingRule = {
  library: 'asyncpg',
  title: 'asyncpg',
  prefix: 'asyncpg.exceptions.',
  rule: 'The condition name’s words capitalised (FDW, IO, PLPGSQL and SQL upper case), a last Exception or Failure made Error, Error appended to error codes, Postgres prefixed where Python has the name.',
  source: 'https://github.com/MagicStack/asyncpg/blob/master/tools/generate_exceptions.py',
  checkedAgainst: `asyncpg 0.27.0 (Debian’s python3-asyncpg; lists PostgreSQL ${ASYNCPG_LIST_VERSION}’s codes)`,
  exceptions: ASYNCPG_EXCEPTIONS,
  name(state) {
    if (this.whyNoName(state)) return null;
    if (state.code in ASYNCPG_EXCEPTIONS) return ASYNCPG_EXCEPTIONS[state.code]!;
    // string.capwords, as the generator calls it: each word's first letter upper case, the rest lower.
    const words = state.condition.split('_').map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
    const last = words.length - 1;
    if (words[last] === 'Exception' || words[last] === 'Failure') words[last] = 'Error';
    if (words[last] !== 'Error' && state.kind === 'error') words.push('Error');
    const name = words.map((word) => ASYNCPG_ABBREVIATIONS[word] ?? word).join('');
    return PYTHON_BUILTINS.has(name) ? `Postgres${name}` : name;
  },
  whyNoName(state) {
    if (state.kind === 'success') return 'asyncpg makes no class for success.';
    if (sinceVersion(state) > ASYNCPG_LIST_VERSION) {
      return `asyncpg 0.27.0’s list follows PostgreSQL ${ASYNCPG_LIST_VERSION}: ${state.code} raises asyncpg.exceptions.UnknownPostgresError.`;
    }
    return null;
  },
};

/**
 * Npgsql's PostgresErrorCodes is written by hand: mostly the condition name in PascalCase, with
 * the departures below, and it stops short of many codes PostgreSQL added since 9.6.
 */
const NPGSQL_EXCEPTIONS: Readonly<Record<string, string>> = {
  '0100C': 'DynamicResultSetsReturnedWarning',
  '01008': 'ImplicitZeroBitPaddingWarning',
  '01003': 'NullValueEliminatedInSetFunctionWarning',
  '01007': 'PrivilegeNotGrantedWarning',
  '01006': 'PrivilegeNotRevokedWarning',
  '01004': 'StringDataRightTruncationWarning',
  '01P01': 'DeprecatedFeatureWarning',
  '08001': 'SqlClientUnableToEstablishSqlConnection',
  '08004': 'SqlServerRejectedEstablishmentOfSqlConnection',
  '2F002': 'ModifyingSqlDataNotPermittedSqlRoutineException',
  '2F003': 'ProhibitedSqlStatementAttemptedSqlRoutineException',
  '2F004': 'ReadingSqlDataNotPermittedSqlRoutineException',
  '2F005': 'FunctionExecutedNoReturnStatementSqlRoutineException',
  '38001': 'ContainingSqlNotPermittedExternalRoutineException',
  '38002': 'ModifyingSqlDataNotPermittedExternalRoutineException',
  '38003': 'ProhibitedSqlStatementAttemptedExternalRoutineException',
  '38004': 'ReadingSqlDataNotPermittedExternalRoutineException',
  '39001': 'InvalidSqlstateReturnedExternalRoutineInvocationException',
  '39004': 'NullValueNotAllowedExternalRoutineInvocationException',
  '39P01': 'TriggerProtocolViolatedExternalRoutineInvocationException',
  '39P02': 'SrfProtocolViolatedExternalRoutineInvocationException',
  '39P03': 'EventTriggerProtocolViolatedExternalRoutineInvocationException',
  '72000': 'SnapshotFailure',
};

/** Codes PostgresErrorCodes.cs has no constant for. */
const NPGSQL_MISSING: ReadonlySet<string> = new Set([
  '10608', '2200H', '22013', '22030', '22031', '22032', '22033', '22034', '22035', '22036', '22037', '22038', '22039',
  '2203A', '2203B', '2203C', '2203D', '2203E', '2203F', '2203G', '25P03', '25P04', '428C9', '55P04', '57P05', '58P03',
]);

const npgsql: NamingRule = {
  library: 'npgsql',
  title: 'Npgsql',
  prefix: 'PostgresErrorCodes.',
  rule: 'A hand-written list: the condition name in PascalCase, warnings suffixed Warning, and codes of classes 2F, 38 and 39 suffixed with their class.',
  source: 'https://github.com/npgsql/npgsql/blob/main/src/Npgsql/PostgresErrorCodes.cs',
  checkedAgainst: 'PostgresErrorCodes.cs on the main branch',
  exceptions: NPGSQL_EXCEPTIONS,
  name(state) {
    if (this.whyNoName(state)) return null;
    return NPGSQL_EXCEPTIONS[state.code] ?? pascalWords(state.condition);
  },
  whyNoName(state) {
    return NPGSQL_MISSING.has(state.code) ? `Npgsql’s PostgresErrorCodes has no constant for ${state.code}.` : null;
  },
};

/**
 * pgerrcode's gen.rb capitalises each word of the condition name, then upper-cases the
 * abbreviations it knows; it suffixes the codes whose names repeat with their class.
 */
const PGERRCODE_EXCEPTIONS: Readonly<Record<string, string>> = {
  '01004': 'StringDataRightTruncationWarning',
  '22001': 'StringDataRightTruncationDataException',
  '22004': 'NullValueNotAllowedDataException',
  '2F002': 'ModifyingSQLDataNotPermittedSQLRoutineException',
  '2F003': 'ProhibitedSQLStatementAttemptedSQLRoutineException',
  '2F004': 'ReadingSQLDataNotPermittedSQLRoutineException',
  '38002': 'ModifyingSQLDataNotPermittedExternalRoutineException',
  '38003': 'ProhibitedSQLStatementAttemptedExternalRoutineException',
  '38004': 'ReadingSQLDataNotPermittedExternalRoutineException',
  '39004': 'NullValueNotAllowedExternalRoutineInvocationException',
  '08001': 'SQLClientUnableToEstablishSQLConnection',
  '08004': 'SQLServerRejectedEstablishmentOfSQLConnection',
  P0000: 'PLpgSQLError',
};

/** The abbreviations gen.rb upper-cases, in its order: each replaces every occurrence. */
const PGERRCODE_ABBREVIATIONS = ['Sql', 'Xml', 'Fdw', 'Srf', 'Io', 'Json'] as const;
const PGERRCODE_LIST_VERSION = 16;

const pgerrcode: NamingRule = {
  library: 'pgerrcode',
  title: 'pgerrcode (Go)',
  prefix: 'pgerrcode.',
  rule: 'Each word of the condition name capitalised, then Sql, Xml, Fdw, Srf, Io and Json upper-cased.',
  source: 'https://github.com/jackc/pgerrcode/blob/master/gen.rb',
  checkedAgainst: `errcode.go generated from PostgreSQL ${PGERRCODE_LIST_VERSION}’s table`,
  exceptions: PGERRCODE_EXCEPTIONS,
  name(state) {
    if (this.whyNoName(state)) return null;
    const fromRule = PGERRCODE_ABBREVIATIONS.reduce(
      (name, abbreviation) => name.replaceAll(abbreviation, abbreviation.toUpperCase()),
      pascalWords(state.condition),
    );
    return PGERRCODE_EXCEPTIONS[state.code] ?? fromRule;
  },
  whyNoName(state) {
    return sinceVersion(state) > PGERRCODE_LIST_VERSION
      ? `pgerrcode’s list follows PostgreSQL ${PGERRCODE_LIST_VERSION} and has no constant for ${state.code}.`
      : null;
  },
};

const RUBY_PG_LIST_VERSION = 15;

/**
 * ruby-pg's ext/errorcodes.rb camelises the errcodes.h macro name, not the condition name, so the
 * class keeps the macro's prefixes: 40001 is PG::TRSerializationFailure. Only E lines get a class.
 */
const rubyPg: NamingRule = {
  library: 'ruby-pg',
  title: 'pg (Ruby)',
  prefix: 'PG::',
  rule: 'The ERRCODE_ macro name without its prefix, camelised (so macro prefixes such as T_R_ stay); only error codes get a class.',
  source: 'https://github.com/ged/ruby-pg/blob/master/ext/errorcodes.rb',
  checkedAgainst: `pg 1.4.5 and later (“Update error codes to PostgreSQL-${RUBY_PG_LIST_VERSION}”)`,
  exceptions: {},
  name(state) {
    if (this.whyNoName(state)) return null;
    return state.macro
      .replace(/^ERRCODE_/, '')
      .toLowerCase()
      .replace(/(^|_)(.)/g, (_, __: string, letter: string) => letter.toUpperCase());
  },
  whyNoName(state) {
    if (state.kind !== 'error') return 'The pg gem makes classes for error codes only.';
    if (sinceVersion(state) > RUBY_PG_LIST_VERSION) {
      return `The pg gem’s list follows PostgreSQL ${RUBY_PG_LIST_VERSION}: ${state.code} raises its class’s error, or PG::ServerError.`;
    }
    return null;
  },
};

export const namingRules: Record<NamedLibrary, NamingRule> = {
  psycopg: psycopgRule('psycopg', 'psycopg 3', 'https://github.com/psycopg/psycopg/blob/master/tools/update_errors.py', 'psycopg 3.3.6'),
  psycopg2: psycopgRule('psycopg2', 'psycopg2', 'https://github.com/psycopg/psycopg2/blob/master/scripts/make_errors.py', 'psycopg2 2.9.13'),
  asyncpg,
  npgsql,
  pgerrcode,
  'ruby-pg': rubyPg,
};

/** Each library's name for the code as code writes it (`PG::UniqueViolation`), or null. */
export function libraryNames(state: SqlState): Record<NamedLibrary, string | null> {
  const entries = Object.values(namingRules).map((rule) => {
    const name = rule.name(state);
    return [rule.library, name === null ? null : rule.prefix + name] as const;
  });
  return Object.fromEntries(entries) as Record<NamedLibrary, string | null>;
}

export type DbApiClass =
  | 'DatabaseError'
  | 'DataError'
  | 'OperationalError'
  | 'IntegrityError'
  | 'InternalError'
  | 'ProgrammingError'
  | 'NotSupportedError';

/** psycopg 3's _base_exc_map (psycopg/errors.py): by class, then by its first character. */
const PSYCOPG_DBAPI: Readonly<Record<string, DbApiClass>> = {
  '08': 'OperationalError', '0A': 'NotSupportedError', '10': 'ProgrammingError', '20': 'ProgrammingError',
  '21': 'ProgrammingError', '22': 'DataError', '23': 'IntegrityError', '24': 'InternalError', '25': 'InternalError',
  '26': 'ProgrammingError', '27': 'OperationalError', '28': 'OperationalError', '2B': 'InternalError',
  '2D': 'InternalError', '2F': 'OperationalError', '34': 'ProgrammingError', '38': 'OperationalError',
  '39': 'OperationalError', '3B': 'OperationalError', '3D': 'ProgrammingError', '3F': 'ProgrammingError',
  '40': 'OperationalError', '42': 'ProgrammingError', '44': 'ProgrammingError', '53': 'OperationalError',
  '54': 'OperationalError', '55': 'OperationalError', '57': 'OperationalError', '58': 'OperationalError',
  F: 'OperationalError', H: 'OperationalError', P: 'ProgrammingError', X: 'InternalError',
};

/**
 * psycopg2's base_exception_from_sqlstate (psycopg/error_type.c). Class 40's
 * TransactionRollbackError and 57014's QueryCanceledError subclass OperationalError, which is the
 * DB-API class wrappers see.
 */
const PSYCOPG2_DBAPI: Readonly<Record<string, DbApiClass>> = {
  '08': 'OperationalError', '0A': 'NotSupportedError', '20': 'ProgrammingError', '21': 'ProgrammingError',
  '22': 'DataError', '23': 'IntegrityError', '24': 'InternalError', '25': 'InternalError', '26': 'OperationalError',
  '27': 'OperationalError', '28': 'OperationalError', '2B': 'InternalError', '2D': 'InternalError',
  '2F': 'InternalError', '34': 'OperationalError', '38': 'InternalError', '39': 'InternalError', '3B': 'InternalError',
  '3D': 'ProgrammingError', '3F': 'ProgrammingError', '40': 'OperationalError', '42': 'ProgrammingError',
  '44': 'ProgrammingError', '5': 'OperationalError', F: 'InternalError', H: 'OperationalError', P: 'InternalError',
  X: 'InternalError',
};

function lookUpByPrefix(table: Readonly<Record<string, DbApiClass>>, code: string): DbApiClass {
  return table[code.slice(0, 2)] ?? table[code.slice(0, 1)] ?? 'DatabaseError';
}

/** The PEP 249 class each Python driver raises the code as: what Django and SQLAlchemy wrap. */
export function dbApiClasses(state: SqlState): { psycopg: DbApiClass; psycopg2: DbApiClass } {
  return { psycopg: lookUpByPrefix(PSYCOPG_DBAPI, state.code), psycopg2: lookUpByPrefix(PSYCOPG2_DBAPI, state.code) };
}

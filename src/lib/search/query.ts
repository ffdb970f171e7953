// What a pasted error line really says: log prefixes, driver wrappers and positions removed,
// with the severity and any SQLSTATE it carries kept as context.

export interface CleanQuery {
  /** The message text, as PostgreSQL would have raised it. */
  text: string;
  /** ERROR, FATAL, ... when the paste said so: FATAL points at connection-time codes. */
  severity?: string;
  /** Five-character tokens that could be SQLSTATEs (upper-cased), in order. */
  codeTokens: string[];
  /** Words that could be a condition name: "unique violation" -> "unique_violation". */
  conditionCandidate: string;
  /** A driver's exception class, such as UniqueViolation from psycopg2.errors.UniqueViolation. */
  className?: string;
  /** The texts of the paste's DETAIL and HINT lines, prefixes removed: they tell apart codes that share a message. */
  detailLines: string[];
}

const SEVERITY = /\b(PANIC|FATAL|ERROR|WARNING|NOTICE|INFO|LOG)\s*:\s*/;

const WRAPPERS = [
  // MySQL's and MariaDB's clients and drivers: the number and SQLSTATE go before the message.
  /^\s*ERROR\s+\d{4}\s*\([0-9A-Z]{5}\)(?:\s+at line \d+)?\s*:\s*/i, // ERROR 1045 (28000):, Go's Error 1146 (42S02):
  /^\s*#?\d{4}\s+-\s+|^\s*#\d{4}\s*-\s*/, // phpMyAdmin's #1062 - (or 1062 - where it drops the #)
  /^\s*SQL Error \(\d{4}\):\s*/i, // HeidiSQL: SQL Error (1005):
  /^\s*Error Code:\s*\d{4}\.\s*/i, // MySQL Workbench: Error Code: 1055.
  /^\s*Error \d{4}:\s*/, // Go's MySQL driver before 1.5: Error 1055:
  /^\s*SQLSTATE\[[0-9A-Z]{5}\]:[^:\n]*:\s*\d{4}\s+/, // PDO: SQLSTATE[23000]: Integrity constraint violation: 1062
  /^\s*SQLSTATE\[[0-9A-Z]{5}\]\s*\[\d{4}\]\s*/, // PDO: SQLSTATE[HY000] [2002]
  /^\s*(?:Error:\s*)?(?:ER|CR)_[A-Z0-9_]+:\s*/, // mysql2: Error: ER_DUP_ENTRY:
  /^\s*(?:\w+::)+\w+:\s*/, // Ruby: Mysql2::Error:, ActiveRecord::RecordNotUnique:
  /^\s*(?:my\s?sql|maria(?:db)?)\s+(?!server\b)(?:error\s*:?\s*)?/i, // typed: "mysql deadlock", "mariadb error: ..."
  /^\s*(?:[\w$]+\.)+(?:[A-Z]\w*(?:Exception|Error)|[A-Z]\w+)\s*:\s*/, // org.postgresql.util.PSQLException:, psycopg2.errors.UniqueViolation:
  /^\s*(?:pq|pgx|error|Error|PostgresError|DatabaseError|QueryFailedError|PrismaClientKnownRequestError)\s*:\s*/,
  /^\s*[A-Z]\w*(?:Error|Exception)\s*:\s*/, // Python's and others' bare class: OperationalError:, InternalError:
  /^\s*\d{4}-\d\d-\d\d[ T][\d:.,]+(?:\s*(?:[A-Z]{2,5}|[+-]\d\d(?::?\d\d)?|Z))?\s*/, // timestamps
  /^\s*(?:\w+@\w+\s+)/, // user@database log prefix
  /^\s*\[\d[^\]\n]*\]\s*/, // [pid], [pid-line], [2013-07-19 04:00:00 SGT], [192.168.27.114]
  /^\s*[\w.-]+\s+\|\s+/, // docker compose's service prefix: "postgres_1  | "
  // PgBouncer's log: "LOG C-0x55d0c1a0b2c0: db/user@10.0.0.1:5432 closing because: <the client's message> (age=3s)".
  // [pid] or a bare pid (older versions), the level, and the client (C-) or server (S-) the line is about.
  /^\s*(?:\d+\s+)?(?:(?:LOG|WARNING|ERROR|NOISE|DEBUG)\s+)?[CS]-(?:0x)?[0-9a-f]+:\s*/i,
  /^\s*\S+\/\S+@\S+\s+/, // db/user@address:port, (nodb)/(nouser)@... before a login finished
  /^\s*(?:pooler error|closing because|login failed):\s*/i, // what the line is; the message follows
];

/** PgBouncer's log ends a closing line with the connection's age, which the client never sees. */
const PGBOUNCER_AGE = /\s*\(age=\d+s?\)\s*$/;

/** Lines psql and the server log print under a message, by their label. */
const EXTRA_LINE = /^\s*(DETAIL|HINT|STATEMENT|CONTEXT|LINE \d+|QUERY)\s*:\s*/;

/**
 * What the search box puts where a pasted text broke its lines. A one-line input strips line
 * breaks (HTML's value sanitization), which would glue "server" and "DETAIL:" together; the
 * line separator survives it, in the box and in the ?q= address, and cleanQuery splits on it.
 */
export const LINE_BREAK = '\u2028';

/** A pasted text with its line breaks kept as LINE_BREAK, so a one-line box can hold it. */
export function keepLineBreaks(text: string): string {
  return text.replace(/\r\n?|\n/g, LINE_BREAK);
}

/** "UniqueViolation" -> "unique_violation": driver class names are condition names in PascalCase. */
export function conditionFromClassName(name: string): string {
  return name.replace(/_$/, '').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

export function cleanQuery(input: string): CleanQuery {
  // Lone surrogates and control characters come with bad pastes; they match nothing.
  let text = input
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
  text = text.slice(0, 2000);
  const codeTokens = [...text.matchAll(/(?<![0-9A-Za-z])([0-9A-Za-z]{5})(?![0-9A-Za-z])/g)]
    .map((m) => m[1]!.toUpperCase())
    .filter((token) => /\d/.test(token) || /^[A-Z]{2}\d{3}$/.test(token) || token === 'XX000');
  const className = /(?:errors\.|PG::)([A-Z][A-Za-z]+_?)\b/.exec(text)?.[1];
  // Each line without its log prefix; the first that carries a message is the message, and the
  // DETAIL and HINT lines are kept apart to tell codes that share it apart.
  const lines = text
    .split(/\r?\n|\u2028/)
    .filter((line) => line.trim())
    .map(withoutPrefixes);
  const first = lines.find((line) => !EXTRA_LINE.test(line.message));
  let message = first?.message ?? '';
  const severity = first?.severity;
  const detailLines = lines.filter((line) => /^\s*(DETAIL|HINT)\s*:/.test(line.message)).map((line) => line.message.replace(EXTRA_LINE, '').trim());
  // Python's MySQL drivers print the exception's arguments: (1062, "Duplicate entry ...").
  message = message.replace(/^\s*\(\d{4},\s*u?(["'])([\s\S]*)\1\)\s*$/, (_, quote: string, text: string) => text.replaceAll(`\\${quote}`, quote));
  message = message
    .replace(/\s+at character \d+\s*$/, '')
    .replace(PGBOUNCER_AGE, '')
    .replace(/\s*\(?SQL ?state:?\s*[0-9A-Z]{5}\)?\s*$/i, '')
    .replace(/^\s*SQLSTATE\[?[0-9A-Z]{5}\]?:?\s*/i, '')
    .trim();
  const conditionCandidate = input.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return { text: message, severity, codeTokens, conditionCandidate, detailLines, ...(className ? { className } : {}) };
}

/** A line with its log prefixes, driver wrappers and severity removed, and the severity it named. */
function withoutPrefixes(line: string): { message: string; severity?: string } {
  let message = line;
  let severity: string | undefined;
  for (let changed = true; changed; ) {
    changed = false;
    for (const wrapper of WRAPPERS) {
      const stripped = message.replace(wrapper, '');
      if (stripped !== message) [message, changed] = [stripped, true];
    }
    const level = SEVERITY.exec(message);
    if (level && level.index < 40) {
      severity ??= level[1];
      message = message.slice(level.index + level[0].length);
      changed = true;
    }
  }
  return { message, ...(severity ? { severity } : {}) };
}

// Splits a reproduction's SQL into statements the way psql sends them: each on its own, so an
// error in one (the division by zero before a 25P02) does not swallow the ones after it, and
// each with its terminating semicolon, because the server reports positions in the text it got
// (`SELECT ... WHERE id = ?;` fails `at or near ";"` in psql, not `at end of input`).

const LITERALS = [
  /^'(?:[^']|'')*'/, // string literal
  /^"(?:[^"]|"")*"/, // quoted identifier
  /^--[^\n]*/, // line comment
  /^\/\*[\s\S]*?\*\//, // block comment
];

/** The quoted text or comment at the start of `text`, where a semicolon ends nothing. */
function literalAt(text: string): string | null {
  for (const pattern of LITERALS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  const dollar = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text);
  if (!dollar) return null;
  const close = text.indexOf(dollar[0], dollar[0].length);
  return close === -1 ? text : text.slice(0, close + dollar[0].length);
}

/**
 * Leading blank lines and `--` comments, which psql's scanner drops until a statement has begun
 * (psqlscan.l treats them as white space); a block comment is part of the statement.
 */
const LEADING_SPACE = /^(?:\s|--[^\n]*)*/;

/** The text outside quotes and comments, each literal or comment replaced by a space. */
function unquoted(sql: string): string {
  let text = '';
  let i = 0;
  while (i < sql.length) {
    const literal = literalAt(sql.slice(i));
    text += literal ? ' ' : sql[i];
    i += literal ? literal.length : 1;
  }
  return text;
}

/** Statements in order, each as psql sends it: its own semicolon kept, leading comments dropped. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < sql.length) {
    const literal = literalAt(sql.slice(i));
    if (literal) {
      current += literal;
      i += literal.length;
      continue;
    }
    current += sql[i];
    if (sql[i] === ';') {
      statements.push(current);
      current = '';
    }
    i += 1;
  }
  statements.push(current);
  return statements.map((s) => s.replace(LEADING_SPACE, '').trimEnd()).filter((s) => s !== '' && s !== ';');
}

/**
 * The psql meta-commands the text uses (`\gexec`, `\set`, `\copy`), in order of first use: a
 * backslash outside quotes and comments, as psql's scanner reads one. Text with any is psql's,
 * not SQL a driver can send.
 */
export function psqlMetaCommands(sql: string): string[] {
  return [...new Set([...unquoted(sql).matchAll(/\\([A-Za-z]+)/g)].map((match) => `\\${match[1]}`))];
}

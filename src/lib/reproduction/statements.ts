// Splits a reproduction's SQL into statements, so that each runs on its own as in psql: an
// error in one (the division by zero before a 25P02) does not swallow the ones after it.

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

/** Statements in order, without their trailing semicolons; quotes, dollar quotes and comments respected. */
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
    if (sql[i] === ';') {
      statements.push(current);
      current = '';
    } else {
      current += sql[i];
    }
    i += 1;
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter((s) => s.replace(/--[^\n]*/g, '').trim() !== '');
}

// Texts the SQL scanner and grammar pass to yyerror(): PostgreSQL prints them through two
// errmsg() formats of its own, so messages.json only has the formats, never the words readers
// paste. The texts are observed on a real server (tests/reproductions/scanner-messages.test.ts).
import data from '../../../data/postgresql/scanner-messages.json' with { type: 'json' };

export interface ScannerMessage {
  /** What fills the first %s: "unterminated quoted string". */
  text: string;
  /** SQL that makes the server print it. */
  input: string;
  /** The message the server printed for `input`. */
  observed: string;
}

export const scannerMessages: { server: string; code: string; formats: string[]; messages: ScannerMessage[] } = data;

/** The scanner's texts raised with `code`, one per text (the first example of each). */
export function scannerMessagesOf(code: string): ScannerMessage[] {
  if (code !== scannerMessages.code) return [];
  const seen = new Set<string>();
  return scannerMessages.messages.filter(({ text }) => !seen.has(text) && seen.add(text));
}

/** Each text in each of the scanner's formats: `unterminated quoted string at or near "%s"`. */
export function scannerFormats(code: string): string[] {
  return scannerMessagesOf(code).flatMap(({ text }) => scannerMessages.formats.map((format) => format.replace('%s', text)));
}

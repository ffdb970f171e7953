// Typed access to the facts in src/data/postgresql, copied from PostgreSQL's source tree
// by scripts/import-postgres-data.mjs. Everything a page says about a code starts here.
import codeData from '../../../data/postgresql/codes.json' with { type: 'json' };
import messageData from '../../../data/postgresql/messages.json' with { type: 'json' };

/** Whether the code reports success, a warning or an error (errcodes.txt's S, W, E). */
export type CodeKind = 'success' | 'warning' | 'error';

export interface SqlState {
  code: string;
  condition: string;
  macro: string;
  class: string;
  kind: CodeKind;
  since: string;
  removedIn: string | null;
}

export interface SqlStateClass {
  class: string;
  title: string;
  since: string;
  removedIn: string | null;
}

export interface PostgresMessage {
  /** The errmsg() format string exactly as it stands in PostgreSQL's C source. */
  format: string;
  /** The elevels it is raised at: ERROR, FATAL, WARNING, ... or "variable" when chosen at run time. */
  levels: string[];
  /** "path/to/file.c:line" of every call site. */
  locations: string[];
  /** Major versions whose source raises this format with this code. */
  versions: string[];
  /** Set when `locations` are read from an older branch (the format left master). */
  locationsBranch?: string;
  /** Earlier spellings of the same format, with the versions that use them. */
  olderSpellings?: { format: string; versions: string[] }[];
  /** Raised without errcode(): the code is PostgreSQL's default for the level. */
  implicitCode?: true;
}

export interface ErrnoDependentRaiser {
  function: string;
  definedIn: string;
  codes: string[];
  messageCount: number;
  /** Every message format raised through it, current and older spellings. */
  formats: string[];
}

export const source = codeData.source;
export const branches: { version: string; branch: string; commit: string; commitDate: string }[] =
  messageData.source.branches;
export const classes: SqlStateClass[] = codeData.classes;
export const sqlStates: SqlState[] = codeData.codes as SqlState[];

const byCode = new Map(sqlStates.map((s) => [s.code, s]));
const classByKey = new Map(classes.map((c) => [c.class, c]));
const messagesByCode = messageData.messages as Record<string, PostgresMessage[]>;
const errnoDependent: ErrnoDependentRaiser[] = messageData.errnoDependent;

export function findSqlState(code: string): SqlState | undefined {
  return byCode.get(code);
}

export function getSqlState(code: string): SqlState {
  const found = byCode.get(code);
  if (!found) throw new Error(`PostgreSQL defines no SQLSTATE ${code}`);
  return found;
}

export function findClass(classKey: string): SqlStateClass | undefined {
  return classByKey.get(classKey);
}

export function classTitle(classKey: string): string {
  const found = classByKey.get(classKey);
  if (!found) throw new Error(`PostgreSQL defines no SQLSTATE class ${classKey}`);
  return found.title;
}

export function sqlStatesInClass(classKey: string): SqlState[] {
  return sqlStates.filter((s) => s.class === classKey);
}

/** Every message format PostgreSQL's source raises with this code, in any version the data covers. */
export function messagesOf(code: string): PostgresMessage[] {
  return messagesByCode[code] ?? [];
}

/** Every generic raiser (errcode_for_file_access() and kin) with the formats raised through it. */
export const errnoRaisers = (): readonly ErrnoDependentRaiser[] => errnoDependent;

/** The generic raisers (errcode_for_file_access() and kin) that can pick this code from errno. */
export function errnoRaisersOf(code: string): ErrnoDependentRaiser[] {
  return errnoDependent.filter((r) => r.codes.includes(code));
}

/**
 * What a run-time raiser reads to pick its code: errcode_for_file_access() and its kin map the
 * operating system's errno, errcode_apply_conflict() the kind of logical replication conflict.
 */
export function chosenFrom(raiser: ErrnoDependentRaiser): string {
  return raiser.function === 'errcode_apply_conflict()'
    ? 'the kind of conflict a logical replication worker detected'
    : "the operating system's error number (errno)";
}

/** Every wording of a message: the current one first, then the older ones, each with its versions. */
export function spellingsOf(message: PostgresMessage): { format: string; versions: string[] }[] {
  return [message, ...(message.olderSpellings ?? [])];
}

/** The SQLSTATEs that share a condition name, such as string_data_right_truncation (01004 and 22001). */
export function sqlStatesNamed(condition: string): SqlState[] {
  return sqlStates.filter((s) => s.condition === condition);
}

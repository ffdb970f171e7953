// Everything the data says about one code, in the shape the entry page and the API both use.
import { orderMessages, reportedLevels, type ReportedLevel } from './messages';
import {
  classTitle,
  errnoRaisersOf,
  getSqlState,
  messagesOf,
  sqlStatesNamed,
  type ErrnoDependentRaiser,
  type PostgresMessage,
  type SqlState,
} from './facts';
import { plpgsqlCondition, psycopgClassName } from '../../catching/catching';

/**
 * Codes core PostgreSQL raises though no errmsg() names them: PL/pgSQL's RAISE EXCEPTION
 * uses P0001 when the statement gives no ERRCODE (pl_exec.c).
 */
const RAISED_WITHOUT_FIXED_MESSAGE = new Set(['P0001']);

export interface CodeFacts {
  state: SqlState;
  classTitle: string;
  /** Messages, pinned ones first, then current wordings by number of call sites. */
  messages: PostgresMessage[];
  /** Generic raisers that pick this code from the operating system's errno. */
  errnoRaisers: ErrnoDependentRaiser[];
  /** ERROR, FATAL, WARNING...: how PostgreSQL reports this code's messages. */
  levels: ReportedLevel[];
  /** Whether any code path in core PostgreSQL (server, contrib, client tools) raises it. */
  raisedByPostgres: boolean;
  /** Other codes with the same condition name (01004 and 22001 share one). */
  sameCondition: SqlState[];
  /** The condition to name in a PL/pgSQL EXCEPTION clause. */
  plpgsqlCondition: string;
  /** The psycopg.errors class, or null where psycopg has none (classes 00 and 01). */
  psycopgClass: string | null;
}

export function codeFacts(code: string, pinnedMessages: readonly string[] = []): CodeFacts {
  const state = getSqlState(code);
  const messages = orderMessages(messagesOf(code), pinnedMessages);
  const errnoRaisers = errnoRaisersOf(code);
  return {
    state,
    classTitle: classTitle(state.class),
    messages,
    errnoRaisers,
    levels: reportedLevels(messages),
    raisedByPostgres: messages.length > 0 || errnoRaisers.length > 0 || RAISED_WITHOUT_FIXED_MESSAGE.has(code),
    sameCondition: sqlStatesNamed(state.condition).filter((s) => s.code !== code),
    plpgsqlCondition: plpgsqlCondition(state),
    psycopgClass: psycopgClassName(state),
  };
}

/** "9.4 or earlier" for codes older than the oldest version compared; else the version. */
export function sinceLabel(state: SqlState, oldestCompared: string): string {
  return state.since === oldestCompared ? `${oldestCompared} or earlier` : state.since;
}

/** The meta description of a code with no written entry: only what the data says. */
export function dataPageDescription(facts: CodeFacts): string {
  const { state, messages } = facts;
  const what =
    messages.length === 0
      ? 'defined but never raised with a message by core PostgreSQL'
      : `${messages.length} message${messages.length > 1 ? 's' : ''} in PostgreSQL's source, and how to catch it`;
  return `PostgreSQL SQLSTATE ${state.code} (${state.condition}), class ${state.class} ${facts.classTitle}: ${what}.`;
}

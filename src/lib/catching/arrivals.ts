// How a code reaches application code, read from the levels its messages are raised at: the
// "Catch it in code" section shows one handler shape per way, and the API lists them.
import type { CodeFacts } from '../databases/postgresql/code-facts';

/**
 * - `statement`: an ERROR answering a statement; the statement fails and the session goes on.
 * - `connect`: the server refuses the login, so the connect call fails.
 * - `session`: a FATAL ends a session that is already open; the call in progress fails.
 * - `notice`: only ever a WARNING, NOTICE or LOG message; the statement goes on and no library
 *   raises anything.
 * - `connection-lost`: a WARNING the server sends just before it closes the connection (it is
 *   shutting down or resetting after a crash); libraries raise their lost-connection error.
 */
export type Arrival = 'statement' | 'connect' | 'session' | 'notice' | 'connection-lost';

/** What the arrivals are read from: a code's facts. */
export type ArrivalFacts = Pick<CodeFacts, 'state' | 'levels' | 'messages' | 'errnoRaisers'>;

/** Codes the server sends while refusing a login, so the connect call is what fails. */
const RAISED_AT_LOGIN: ReadonlySet<string> = new Set(['28000', '28P01', '3D000', '53300', '57P03']);

/**
 * WARNING_CLIENT_ONLY is the level of quickdie() in tcop/postgres.c, which tells the client why
 * and then _exit()s the backend: on an immediate shutdown (57P01) and on the crash of another
 * server process (57P02). No ERROR or FATAL follows, so the message is the code's only carrier.
 */
export function lastWordsBeforeClosing(facts: Pick<ArrivalFacts, 'messages'>): string | undefined {
  return facts.messages.find((m) => m.levels.includes('WARNING_CLIENT_ONLY'))?.format;
}

/**
 * The ways the code arrives, the one most handlers meet first. A code with no message in core
 * PostgreSQL still arrives: an error from RAISE or an extension as a statement's error, a
 * warning as a notice. errcode_for_file_access() and its kin raise their codes as ERROR
 * (58030, I/O error, among them) although no message names the code.
 */
export function arrivals(facts: ArrivalFacts): Arrival[] {
  const { state, levels } = facts;
  if (state.kind === 'success') return [];
  const found: Arrival[] = [];
  const failsAStatement = levels.includes('ERROR') || levels.includes('PANIC') || facts.errnoRaisers.length > 0;
  if (RAISED_AT_LOGIN.has(state.code)) found.push('connect');
  else if (failsAStatement) found.push('statement');
  else if (levels.includes('FATAL')) found.push('session');
  if (lastWordsBeforeClosing(facts)) found.push('connection-lost');
  else if (found.length === 0) found.push(state.kind === 'warning' || levels.length > 0 ? 'notice' : 'statement');
  return found;
}

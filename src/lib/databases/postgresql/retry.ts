// Should application code retry after this code? One table decides it for every SQLSTATE: a rule
// naming the code wins; otherwise the rule for its class decides.
import type { SqlState } from './facts';

export type RetryVerdict = 'retry-transaction' | 'reconnect-then-retry' | 'do-not-retry' | 'not-an-error';

/** The answer to "retry?", as the badge says it. */
export const retryLabels: Record<RetryVerdict, string> = {
  'retry-transaction': 'Yes, the whole transaction',
  'reconnect-then-retry': 'After reconnecting',
  'do-not-retry': 'No',
  'not-an-error': 'Not an error',
};

export interface RetryRule {
  verdict: RetryVerdict;
  /** One line a reader can act on. */
  reason: string;
  /** Codes this rule decides, whatever their class's rule says. */
  codes?: readonly string[];
  /** Classes this rule decides for the codes no code rule names. */
  classes?: readonly string[];
}

export const retryRules: readonly RetryRule[] = [
  // Codes decided on their own.
  {
    verdict: 'retry-transaction',
    codes: ['40001', '40P01'],
    reason: 'PostgreSQL rolled the transaction back to break a conflict with another one: run the whole transaction again, with a short random pause.',
  },
  {
    verdict: 'retry-transaction',
    codes: ['55P03'],
    reason: 'lock_timeout or NOWAIT gave up waiting for a lock and the transaction is aborted: roll back, wait a little, run it again.',
  },
  {
    verdict: 'reconnect-then-retry',
    codes: ['57P01', '57P02'],
    reason: 'The server ended the session (shutdown, crash or pg_terminate_backend): open a new connection once it is back and run the transaction again.',
  },
  {
    verdict: 'reconnect-then-retry',
    codes: ['53300', '57P03'],
    reason: 'The server refused the connection for now (no free slot, or starting up or shutting down): connect again with exponential backoff.',
  },
  {
    verdict: 'reconnect-then-retry',
    codes: ['25P03', '25P04', '57P05'],
    reason: 'A timeout ended the session and rolled back its transaction: reconnect, and run the transaction again if it was cut short.',
  },
  {
    verdict: 'do-not-retry',
    codes: ['08007', '40003'],
    reason: 'Whether the transaction committed is unknown: check before running it again, or it may happen twice.',
  },
  {
    verdict: 'do-not-retry',
    codes: ['08P01'],
    reason: 'The client and server disagree about the protocol or the connection request: the same attempt fails the same way.',
  },
  {
    // PostgreSQL never raises 08004: the verdict is for pgjdbc's refusals, and says why MySQL's differs.
    verdict: 'do-not-retry',
    codes: ['08004'],
    reason: "pgjdbc gave up on the login (SSL, password): that fails again. MySQL's 1040, a full server, sends 08004 too and passes after a backoff: check the error number.",
  },
  {
    verdict: 'do-not-retry',
    codes: ['40002'],
    reason: 'A constraint checked at commit failed: the same transaction fails the same way.',
  },
  {
    verdict: 'do-not-retry',
    codes: ['57014'],
    reason: 'statement_timeout or a cancel request stopped the statement: run unchanged, it hits the same limit.',
  },
  {
    verdict: 'do-not-retry',
    codes: ['57P04'],
    reason: 'The database was dropped: no retry brings it back.',
  },
  {
    verdict: 'do-not-retry',
    codes: ['25P02'],
    reason: 'An earlier statement already failed: roll back and handle that first error instead.',
  },
  {
    verdict: 'do-not-retry',
    codes: ['23505'],
    reason: 'A row with the same key exists: the same insert fails again. Update the row or skip it (ON CONFLICT) instead.',
  },
  // Classes.
  {
    verdict: 'not-an-error',
    classes: ['00', '01', '02'],
    reason: 'Success or a warning: the statement did not fail.',
  },
  {
    verdict: 'reconnect-then-retry',
    classes: ['08'],
    reason: 'The connection broke: reconnect and run the transaction again (if it broke during COMMIT, check whether it committed first).',
  },
  {
    verdict: 'reconnect-then-retry',
    classes: ['57'],
    reason: 'An operator or the server stopped the work: reconnect once the server accepts connections, then run the transaction again.',
  },
  {
    verdict: 'retry-transaction',
    classes: ['40'],
    reason: 'PostgreSQL rolled the transaction back: running the whole transaction again may succeed.',
  },
  {
    verdict: 'retry-transaction',
    classes: ['72'],
    reason: 'The transaction’s snapshot was too old (old_snapshot_threshold, removed in PostgreSQL 17): a new transaction takes a fresh one.',
  },
  { verdict: 'do-not-retry', classes: ['03'], reason: 'The statement was incomplete: the same statement fails again.' },
  { verdict: 'do-not-retry', classes: ['09'], reason: 'A trigger’s action failed: the same data fails again.' },
  { verdict: 'do-not-retry', classes: ['0A'], reason: 'The server does not support this: the statement fails the same way every time.' },
  { verdict: 'do-not-retry', classes: ['0B', '25', '2D'], reason: 'The transaction is in the wrong state for this statement: fix the transaction handling.' },
  { verdict: 'do-not-retry', classes: ['0F', '24', '34'], reason: 'The locator or cursor is invalid: a code error that repeats.' },
  { verdict: 'do-not-retry', classes: ['0L', '0P', '28'], reason: 'The role, grant or credentials are refused: the same ones are refused again.' },
  { verdict: 'do-not-retry', classes: ['0Z'], reason: 'Diagnostics were read outside an exception handler: a code error.' },
  { verdict: 'do-not-retry', classes: ['10'], reason: 'The XQuery arguments are invalid: the same call fails again.' },
  { verdict: 'do-not-retry', classes: ['20', '21'], reason: 'The data does not fit the statement (no CASE branch, too many rows): the same data fails again.' },
  { verdict: 'do-not-retry', classes: ['22'], reason: 'The data is invalid for the operation: the same input fails again.' },
  { verdict: 'do-not-retry', classes: ['23'], reason: 'The data breaks a constraint: the same write breaks it again.' },
  { verdict: 'do-not-retry', classes: ['26', '3B'], reason: 'The prepared statement or savepoint named does not exist: a code error that repeats.' },
  { verdict: 'do-not-retry', classes: ['27', '44'], reason: 'The write breaks a trigger’s or a view’s rule: the same write breaks it again.' },
  { verdict: 'do-not-retry', classes: ['2B'], reason: 'Other objects still depend on this one: change or drop them first.' },
  { verdict: 'do-not-retry', classes: ['2F', '38', '39'], reason: 'A function broke the rules for functions: a code error that repeats.' },
  { verdict: 'do-not-retry', classes: ['3D', '3F'], reason: 'The database or schema does not exist: retrying does not create it.' },
  { verdict: 'do-not-retry', classes: ['42'], reason: 'The statement is wrong for this schema or these privileges: it fails the same way every time.' },
  { verdict: 'do-not-retry', classes: ['53'], reason: 'The server lacks a resource (disk, memory, a configured limit): retrying before someone frees it fails again.' },
  { verdict: 'do-not-retry', classes: ['54'], reason: 'The statement exceeds a hard limit of PostgreSQL: it fails the same way every time.' },
  { verdict: 'do-not-retry', classes: ['55'], reason: 'An object is not in the state the statement needs: retrying unchanged fails until that changes.' },
  { verdict: 'do-not-retry', classes: ['58', 'F0'], reason: 'The server’s files, disks or configuration failed: an operator has to look first.' },
  { verdict: 'do-not-retry', classes: ['HV'], reason: 'The foreign data wrapper reported an error: the same call fails again.' },
  { verdict: 'do-not-retry', classes: ['P0'], reason: 'PL/pgSQL code raised it (RAISE, ASSERT, STRICT): the same input raises it again.' },
  { verdict: 'do-not-retry', classes: ['XX'], reason: 'An internal error or corrupted data: retrying does not help; report it and check the data.' },
];

export interface RetryAdvice {
  verdict: RetryVerdict;
  label: string;
  reason: string;
}

/** The one rule that decides the code: its own rule, else its class's. */
export function retryRuleFor(state: SqlState): RetryRule {
  const rule =
    retryRules.find((r) => r.codes?.includes(state.code)) ?? retryRules.find((r) => r.classes?.includes(state.class));
  if (!rule) throw new Error(`No retry rule decides ${state.code} (class ${state.class})`);
  return rule;
}

export function retryAdvice(state: SqlState): RetryAdvice {
  const { verdict, reason } = retryRuleFor(state);
  return { verdict, label: retryLabels[verdict], reason };
}

// What the real PgBouncer in the tests sent for a PgBouncer entry's reproduction
// (src/data/pgbouncer/observations/<slug>.json, written by `npm run reproduce`), for the page to show.

/** An error as node-postgres reports it; one the driver raises itself (a closed connection) has no severity or code. */
export interface NodeError {
  severity?: string;
  code?: string;
  message: string;
}

export interface PoolerObservation {
  /** The pooler that sent it, as `pgbouncer --version` prints it: "PgBouncer 1.18.0". */
  pooler: string;
  /** The errors the pooler or the server sent that node-postgres reported for the last step, sorted by SQLSTATE (their arrival order varies). */
  node: NodeError[];
  /** What psql printed replaying the last session, its port shown as PgBouncer's default 6432; absent when psql cannot send the startup. */
  psql?: string;
}

const files: Record<string, PoolerObservation> = Object.fromEntries(
  Object.entries(import.meta.glob<PoolerObservation>('../../data/pgbouncer/observations/*.json', { eager: true, import: 'default' })).map(
    ([path, file]) => [path.replace(/^.*\/|\.json$/g, ''), file],
  ),
);

/** What the real pooler sent for the entry's reproduction, by the message's slug; none before `npm run reproduce` recorded it. */
export const poolerObservation = (slug: string): PoolerObservation | undefined => files[slug];

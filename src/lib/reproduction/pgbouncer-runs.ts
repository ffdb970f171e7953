// What the real PgBouncer in the tests sent for each written PgBouncer entry's reproduction,
// recorded by `npm run reproduce` in src/data/pgbouncer/observations/<slug>.json.
import type { PoolerObservation } from './pgbouncer-observations';

const files = import.meta.glob<PoolerObservation>('../../data/pgbouncer/observations/*.json', { eager: true, import: 'default' });

/** The recorded run of a PgBouncer reproduction, if there is one. */
export function pgBouncerObservation(slug: string): PoolerObservation | undefined {
  return files[`../../data/pgbouncer/observations/${slug}.json`];
}

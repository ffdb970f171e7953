import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'A server started with max_locks_per_transaction = 10, so its shared lock table is small; one transaction creates ten years of daily partitions.',
  settings: { max_locks_per_transaction: '10' },
  setup: 'CREATE TABLE events (id bigint, created_on date NOT NULL, payload jsonb) PARTITION BY RANGE (created_on);',
  steps: [
    {
      session: 'A',
      sql: `DO $$
DECLARE
  day date;
BEGIN
  FOR day IN SELECT generate_series(date '2020-01-01', date '2029-12-31', interval '1 day')::date LOOP
    EXECUTE format('CREATE TABLE events_%s PARTITION OF events FOR VALUES FROM (%L) TO (%L)',
                   to_char(day, 'YYYYMMDD'), day, day + 1);
  END LOOP;
END
$$;`,
    },
  ],
};

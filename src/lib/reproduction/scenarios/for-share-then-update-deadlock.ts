import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'Two sessions read the same stock row with FOR SHARE, then both update it. Each UPDATE waits for the other session to drop its share lock, and the deadlock check ends one of them.',
  setup: `CREATE TABLE stock (product_id int PRIMARY KEY, quantity int NOT NULL);
INSERT INTO stock VALUES (42, 10);`,
  steps: [
    { session: 'A', sql: 'BEGIN' },
    { session: 'A', sql: 'SELECT quantity FROM stock WHERE product_id = 42 FOR SHARE' },
    { session: 'B', sql: 'BEGIN' },
    { session: 'B', sql: 'SELECT quantity FROM stock WHERE product_id = 42 FOR SHARE' },
    { session: 'A', sql: 'UPDATE stock SET quantity = quantity - 1 WHERE product_id = 42', blocks: true },
    { session: 'B', sql: 'UPDATE stock SET quantity = quantity - 1 WHERE product_id = 42' },
  ],
};

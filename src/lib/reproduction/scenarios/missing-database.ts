import type { Scenario } from '../scenarios';

export const scenario: Scenario = {
  description:
    'A database is created as MyShop without double quotes, so PostgreSQL stores it as myshop; a client then asks for "MyShop" at login.',
  setup: 'CREATE DATABASE MyShop;',
  steps: [{ session: 'A', connect: { database: 'MyShop' } }],
};

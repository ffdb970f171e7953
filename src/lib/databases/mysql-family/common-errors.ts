// The MySQL and MariaDB errors readers arrive with most often, for the home page beside
// PostgreSQL's: refused logins and connections, duplicate keys, syntax, missing tables, deadlocks.
// Each has a written entry in both databases (content/mysql/, content/mariadb/).
import type { MySqlFamilyId } from './facts';

export const COMMON_MYSQL_ERRORS: Record<MySqlFamilyId, readonly number[]> = {
  mysql: [1045, 1062, 1064, 1146, 1040, 1213],
  mariadb: [2002, 2006, 1054, 1452, 1205, 1366],
};

// The frontmatter of a written MySQL or MariaDB entry (content/mysql/<number>.mdx,
// content/mariadb/<number>.mdx). Same sections and standards as a PostgreSQL entry; the
// identity is the error number, and the symbol and SQLSTATE must be the ones the data holds.
import { z } from 'astro/zod';
import { causeSchema, fixSchema, missing, noReproductionSchema, pitfallSchema, prose, requireCauseFixes, requireFixProof, requireKnownStacks, sourceSchema, sqlReproductionSchema } from './entry-schema';
import { familyName, findMySqlError, type MySqlFamilyId } from '../databases/mysql-family/facts';
import { SQLSTATE_SHAPE } from '../sqlstate/sqlstate';
import { mysqlScenarios } from '../reproduction/mysql-scenarios';
import { getDatabase } from '../databases';

/** A case that needs a client action (a missing socket, a killed connection), written in src/lib/reproduction/mysql-scenarios.ts. */
const mysqlScenarioSchema = z.strictObject({
  /** The scenario's name, such as "missing-socket". */
  scenario: z.string().regex(/^[a-z0-9-]+$/, 'must be a scenario name in kebab-case'),
});

/** A claim of the entry that the MariaDB server in the tests shows. */
export const mysqlCheckSchema = z
  .strictObject({
    /** The claim as the entry makes it, in a few words. */
    claim: prose,
    /** Statements that prepare a fresh database and must succeed. */
    setup: z.string().min(1).optional(),
    /** The statements that show the claim, run as the mariadb client runs them. */
    sql: z.string().min(1, 'must hold the statements that show the claim').optional(),
    /** Instead of `sql`: a client-error scenario of src/lib/reproduction/mysql-scenarios.ts (a login, a refused port). */
    scenario: z.string().regex(/^[a-z0-9-]+$/, 'must be a scenario name in kebab-case').optional(),
    /** The error number the last statement must raise. */
    raises: z.number().int().optional(),
    /** Text the raised error's message must contain, where the claim is about the wording. */
    message: z.string().min(1).optional(),
    /** What the last statement must return instead of an error: its first row's first column. */
    returns: z.string().optional(),
  })
  .refine((check) => (check.sql === undefined) !== (check.scenario === undefined), {
    message: 'give either `sql` (statements to run) or `scenario` (a client scenario\'s name), not both',
  })
  .refine((check) => (check.raises === undefined) !== (check.returns === undefined), {
    message: 'say what the server must do: `raises: <error number>` or `returns: "<value>"`, one of the two',
  })
  .refine((check) => check.scenario === undefined || check.returns === undefined, {
    path: ['returns'],
    message: 'a scenario reports the error its client printed; check it with `raises`',
  })
  .refine((check) => check.message === undefined || check.raises !== undefined, {
    path: ['message'],
    message: '`message` checks the wording of an error, so it needs `raises`',
  });

/** An error readers may confuse with this one: another number of the same database, or a SQLSTATE. */
const relatedSchema = z
  .strictObject({
    /** An error number of the same database, such as 1452. */
    error: z.number().int().optional(),
    /** A SQLSTATE, linking its page across databases, such as "23505". */
    sqlstate: z.string().regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE such as "23000"').optional(),
    /** How to tell the two apart. */
    note: prose,
  })
  .refine((related) => (related.error === undefined) !== (related.sqlstate === undefined), {
    message: 'give `error: <number>` or `sqlstate: "<code>"`, one of the two',
  });


export function mysqlFamilyEntrySchema(database: MySqlFamilyId) {
  const name = familyName(database);
  return z
    .object({
      /** The error number as the client prints it; the file is named after it. */
      number: z.number(missing('the error number, such as 1062')).int(),
      /** The error's name in the source (ER_DUP_ENTRY), exactly as the data gives it. */
      symbol: z.string(missing('the symbol, such as ER_DUP_ENTRY')),
      /** The SQLSTATE reported with it, exactly as the data gives it. */
      sqlstate: z.string(missing('the SQLSTATE the data gives')),
      /** One sentence for search results and the meta description: what went wrong, plainly. */
      summary: z.string(missing('one sentence for search results')).trim().min(1, 'must not be empty').max(200, 'must fit a search result: 200 characters at most'),
      /** Why it happens, most frequent cause first. */
      causes: z.array(causeSchema, missing('list why the error happens, most frequent cause first')).min(1, 'needs at least one cause'),
      /** How to raise the error on purpose, or why that cannot be shown. */
      reproduction: z.union([sqlReproductionSchema, mysqlScenarioSchema, noReproductionSchema], missing('give { setup?, sql }, { scenario } or { unavailable: "why" }')),
      /** How to remove each cause, the fix for the most frequent cause first. */
      fixes: z.array(fixSchema, missing('list how to fix each cause')).min(1, 'needs at least one fix'),
      /** Claims the MariaDB server in the tests checks (MariaDB entries only: no MySQL server runs there). */
      checks: z.array(mysqlCheckSchema).default([]),
      /** The tempting wrong moves. */
      avoid: z.array(pitfallSchema).default([]),
      /** Errors readers confuse with this one. */
      related: z.array(relatedSchema).default([]),
      /** The documentation pages and source files behind the entry. */
      sources: z.array(sourceSchema, missing(`link the ${name} documentation pages behind the entry`)).min(1, 'needs at least one source'),
    })
    .superRefine((entry, ctx) => {
      requireCauseFixes(entry, ctx);
      requireKnownStacks(entry.fixes, getDatabase(database).stacks, ctx);
      const defined = findMySqlError(database, entry.number);
      if (!defined) {
        ctx.addIssue({ code: 'custom', path: ['number'], message: `${name} has no error ${entry.number} in the data` });
        return;
      }
      if (entry.symbol !== defined.symbol) ctx.addIssue({ code: 'custom', path: ['symbol'], message: `${name} calls error ${entry.number} "${defined.symbol}", not "${entry.symbol}"` });
      if (entry.sqlstate !== defined.sqlstate) ctx.addIssue({ code: 'custom', path: ['sqlstate'], message: `${name} reports error ${entry.number} with SQLSTATE ${defined.sqlstate}, not ${entry.sqlstate}` });
      if (database === 'mysql' && entry.checks.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['checks'], message: 'no MySQL server runs in the tests, so a MySQL entry cannot carry checks; cite MySQL\'s documentation or its source instead' });
      }
      entry.checks.forEach((check, index) => {
        if (check.scenario !== undefined && !(check.scenario in mysqlScenarios)) {
          ctx.addIssue({ code: 'custom', path: ['checks', index, 'scenario'], message: `no scenario "${check.scenario}" in src/lib/reproduction/mysql-scenarios.ts` });
        }
      });
      if ('scenario' in entry.reproduction && !(entry.reproduction.scenario in mysqlScenarios)) {
        ctx.addIssue({ code: 'custom', path: ['reproduction', 'scenario'], message: `no scenario "${entry.reproduction.scenario}" in src/lib/reproduction/mysql-scenarios.ts` });
      }
      // The MariaDB server in the tests runs a MariaDB entry's fixes, so each says how it was
      // proven; a MySQL fix cannot run there, and the site says so once for all of them.
      if (database === 'mariadb') requireFixProof(entry.fixes, ctx);
      entry.fixes.forEach((fix, index) => {
        if (database === 'mysql' && fix.check) {
          ctx.addIssue({ code: 'custom', path: ['fixes', index, 'check'], message: 'no MySQL server runs in the tests, so a MySQL fix cannot carry a check; the MariaDB entry\'s twin fix can' });
        }
        for (const field of ['settings', 'concurrently'] as const) {
          if (fix.check?.[field] !== undefined) {
            ctx.addIssue({ code: 'custom', path: ['fixes', index, 'check', field], message: `\`${field}\` is for PostgreSQL fix checks; the MariaDB runner sends a fix's statements in one session on the shared server` });
          }
        }
        if (fix.check?.since !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['fixes', index, 'check', 'since'], message: '`since` names a PostgreSQL major; a MySQL or MariaDB fix check runs on the MariaDB 10.11 of the tests only' });
        }
      });
      entry.related.forEach((related, index) => {
        if (related.error !== undefined && !findMySqlError(database, related.error)) {
          ctx.addIssue({ code: 'custom', path: ['related', index, 'error'], message: `${name} has no error ${related.error} in the data` });
        }
        if (related.error === entry.number) ctx.addIssue({ code: 'custom', path: ['related', index, 'error'], message: 'an entry cannot be related to itself' });
      });
    });
}

export type MySqlFamilyEntry = z.infer<ReturnType<typeof mysqlFamilyEntrySchema>>;

// The frontmatter of a written entry (content/postgresql/<CODE>.mdx). The body of the file is
// "what it means"; everything a page renders as a list or a table is structured here, so that
// a missing or wrong field stops the build with its name instead of shipping a thin page.
import { z } from 'astro/zod';
import { findSqlState, messagesOf } from '../databases/postgresql/facts';
import { SQLSTATE_SHAPE } from '../sqlstate/sqlstate';
import { getDatabase } from '../databases';
import { missing, prose } from './schema-parts';
import { poolerCheckSchema, requirePoolerChecks } from './pooler-scenario';

export { missing, prose };

/** One cause of the error, in the order readers hit them (most frequent first). */
export const causeSchema = z.object({
  /** The trigger in a few words, such as "The pool is larger than max_connections". */
  title: prose,
  /** How the trigger leads to this error, and how to recognise it is yours. */
  detail: prose,
  /** The title of the fix that removes this cause, exactly as under `fixes`; the first cause's default is the first fix. */
  fix: prose.optional(),
});

/**
 * How the tests prove a fix on the real server: they build the state the cause describes, see the
 * error, run the fix's code as the page shows it, and see the error gone. All of it runs in one
 * session, in a fresh database, as psql would send it.
 */
export const fixCheckSchema = z
  .strictObject({
    /** Statements that build the cause's state (tables, rows, roles, settings) and must succeed, run as one batch. */
    setup: z.string().min(1).optional(),
    /** The statements that fail in that state: the last must raise this entry's error (a warning code: report it). */
    failing: z.string().min(1).optional(),
    /** Values for the fix's placeholders: each key is text of the fix's code, replaced by its value before the run. Anywhere in a check, {{port}}, {{database}}, {{user}} and {{password}} stand for the test server's port, the check's database and the superuser's login, which no writer knows. */
    bind: z.record(z.string(), z.string()).optional(),
    /** For a fix that is a fragment (a handler, a function body): the SQL around it, with {{fix}} where its code goes. */
    within: z.string().includes('{{fix}}', { message: 'must contain {{fix}} where the fix\'s code goes' }).optional(),
    /** Statements run after the fix that show it worked; without them, `failing` runs again. The last must succeed. */
    then: z.string().min(1).optional(),
    /** What the last statement after the fix must return: its first row's first column, as psql prints it. */
    returns: z.string().optional(),
    /** The first PostgreSQL major the fix works on, where older majors lack what it uses (14 to 18). */
    since: z.number().int().min(14).max(18).optional(),
    /** The first major whose server raises this error in the cause's state; older ones run the fix without `failing` before it. */
    raisedFrom: z.number().int().min(15).max(18).optional(),
    /** Settings (postgresql.conf names) only a server start applies, such as max_prepared_transactions: the check gets a server of its own started with them. */
    settings: z.record(z.string(), z.string()).optional(),
    /** Other sessions the cause's state needs, opened after `setup` in order: each sends its statements one by one and stays open (idle in its transaction, or waiting for a lock) until the check ends. */
    concurrently: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine((check) => check.failing !== undefined || check.then !== undefined, {
    message: 'say what the fix changes: `failing` (the statements that raise the error before the fix) and/or `then` (statements that must succeed after it)',
  })
  .refine((check) => check.raisedFrom === undefined || (check.failing !== undefined && check.raisedFrom > (check.since ?? 14)), {
    path: ['raisedFrom'],
    message: '`raisedFrom` says from which major `failing` raises the error, so the check needs `failing`, and a major after `since` (older majors run the fix without it)',
  });

/** One way to remove a cause, with the situation it fits and the mechanism behind it; `check` is how the system's tests run it. */
export function fixSchemaWith<C extends z.ZodType>(check: C) {
  return z
    .object({
      /** What to do, as an imperative: "Put PgBouncer in front of the server". */
      title: prose,
      /** The situation this fix fits, so readers can skip the ones that are not theirs. */
      when: prose,
      /** The language of `code`, for highlighting: sql, shell, ini, js, python, ... */
      lang: z.string().default('sql'),
      /** The statement, setting or snippet to apply. */
      code: z.string().min(1, 'must hold the SQL, setting or code of the fix'),
      /** Why it works, in one or two sentences: the mechanism, not a restatement. */
      why: prose,
      /** How the tests run the fix on the server and see the error go away. */
      check: check.optional(),
      /** Why the tests cannot run the fix here (an OS setting, application code, a cloud console). */
      untested: prose.optional(),
      /** For application code shown per stack: the catch tab `code` is written for, such as node-postgres. */
      stack: z.string().optional(),
      /** The same fix in other stacks, a tab each beside `code`; the page opens the stack the reader last chose. */
      otherStacks: z
        .array(
          z.strictObject({
            /** The catch tab this version is for, such as psycopg. */
            stack: z.string(),
            /** The language of `code`, for highlighting. */
            lang: z.string(),
            /** The fix in that stack. */
            code: z.string().min(1, 'must hold the fix in that stack'),
          }),
        )
        .optional(),
    })
    .superRefine((fix, ctx) => {
      if (fix.otherStacks && fix.stack === undefined) {
        ctx.addIssue({ code: 'custom', path: ['stack'], message: 'a fix with `otherStacks` needs `stack`: the catch tab its own `code` is written for' });
      }
      if (fix.stack !== undefined && fix.check) {
        ctx.addIssue({ code: 'custom', path: ['check'], message: 'a fix per stack is application code, which the fix checks (SQL on the server) cannot run; give `untested` instead' });
      }
      if (fix.check && fix.untested) {
        ctx.addIssue({ code: 'custom', path: ['untested'], message: 'a fix with a `check` ran in the tests; drop `untested`, or drop the check' });
      }
    });
}

/** A PostgreSQL or MariaDB fix, run as SQL in one session. */
export const fixSchema = fixSchemaWith(fixCheckSchema).superRefine((fix, ctx) => {
  for (const placeholder of Object.keys(fix.check?.bind ?? {})) {
    if (!fix.code.includes(placeholder)) {
      ctx.addIssue({ code: 'custom', path: ['check', 'bind', placeholder], message: `the fix's code has no text "${placeholder}" to bind` });
    }
  }
});

/** A fix must say how it was proven, where a server can run it: a `check`, or `untested` with the reason. */
export function requireFixProof(fixes: readonly { check?: unknown; untested?: string }[], ctx: z.RefinementCtx, check = '`check: { setup, failing, then }` that runs it on the server') {
  fixes.forEach((fix, index) => {
    if (!fix.check && !fix.untested) {
      ctx.addIssue({
        code: 'custom',
        path: ['fixes', index],
        message: `say how the tests prove this fix: ${check}, or \`untested: "<why it cannot run here>"\``,
      });
    }
  });
}

/** The stacks a fix is written for must be tabs the database's pages offer, each once. */
export function requireKnownStacks(fixes: readonly z.infer<typeof fixSchema>[], stacks: readonly { id: string }[], ctx: z.RefinementCtx) {
  const known = stacks.map((stack) => stack.id);
  fixes.forEach((fix, index) => {
    const used = [fix.stack, ...(fix.otherStacks ?? []).map((other) => other.stack)];
    used.forEach((stack, at) => {
      if (stack === undefined) return;
      const path = at === 0 ? ['fixes', index, 'stack'] : ['fixes', index, 'otherStacks', at - 1, 'stack'];
      if (!known.includes(stack)) ctx.addIssue({ code: 'custom', path, message: `"${stack}" is not a tab of "Catch it in code"; use one of ${known.join(', ')}` });
      else if (used.indexOf(stack) !== at) ctx.addIssue({ code: 'custom', path, message: `the fix already has a version for ${stack}` });
    });
  });
}

/** Every cause's `fix:` must be the title of one of the entry's fixes, so its link lands on that fix. */
export function requireCauseFixes(entry: { causes: readonly z.infer<typeof causeSchema>[]; fixes: readonly { title: string }[] }, ctx: z.RefinementCtx) {
  const titles = entry.fixes.map((fix) => fix.title);
  entry.causes.forEach((cause, index) => {
    if (cause.fix !== undefined && !titles.includes(cause.fix)) {
      ctx.addIssue({
        code: 'custom',
        path: ['causes', index, 'fix'],
        message: `no fix is titled "${cause.fix}"; copy the title of the fix that removes this cause: ${titles.map((t) => `"${t}"`).join(', ')}`,
      });
    }
  });
}

/** A tempting wrong move and what it breaks. */
export const pitfallSchema = z.object({
  /** The move, as readers would phrase it: "Raise max_connections to 5000". */
  title: prose,
  /** What it breaks or hides. */
  detail: prose,
});

/** A code readers may confuse with this one. */
export const relatedSchema = z.object({
  /** The related SQLSTATE, as PostgreSQL prints it. */
  code: z.string().regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE such as "53300"'),
  /** How to tell the two apart. */
  note: prose,
});

/** A page that backs a fact in the entry. */
export const sourceSchema = z.object({
  /** What the page is, as its own title says. */
  title: prose,
  /** The exact page; for PostgreSQL, https://www.postgresql.org/docs/current/... */
  url: z.url({ message: 'must be an absolute URL' }),
});

/** SQL that raises the error in a fresh database on a stock server, run by the tests. */
export const sqlReproductionSchema = z.strictObject({
  /** Statements that prepare the database and must succeed (CREATE TABLE, INSERT ...). */
  setup: z.string().min(1).optional(),
  /** The statement(s) that raise the error; the last one must fail with this entry's code. */
  sql: z.string().min(1, 'must hold the statement that raises the error'),
});

/** A case that needs several sessions or a server setting, written in tests/reproductions/scenarios.ts. */
export const scenarioReproductionSchema = z.strictObject({
  /** The scenario's name in the scenarios file, such as "too-many-connections". */
  scenario: z.string().regex(/^[a-z0-9-]+$/, 'must be a scenario name in kebab-case'),
});

/** Why no reproduction can be shown: the code is never raised, or only on a crash or a full disk. */
export const noReproductionSchema = z.strictObject({
  /** The honest reason, shown on the page in place of a reproduction. */
  unavailable: prose,
});

/**
 * A behavioural claim of the entry ("a constant-false CASE arm never runs", "only the table's
 * owner can"), checked on the real server by the tests like a reproduction, so that prose which
 * says what the server does cannot drift from what it does.
 */
export const checkSchema = z
  .strictObject({
    /** The claim as the entry makes it, in a few words. */
    claim: prose,
    /** Statements that prepare a fresh database and must succeed. */
    setup: z.string().min(1).optional(),
    /** The statements that show the claim, run one by one as psql sends them. */
    sql: z.string().min(1, 'must hold the statements that show the claim').optional(),
    /** Instead of `sql`: a scenario of src/lib/reproduction/scenarios/ (sessions, logins, settings). */
    scenario: z.string().regex(/^[a-z0-9-]+$/, 'must be a scenario name in kebab-case').optional(),
    /** The SQLSTATE the last statement (or the scenario's first error) must raise; for a warning or notice code, one it reports. */
    raises: z.string().regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE such as "22012"').optional(),
    /** Text the raised error's message must contain, where the claim is about the wording. */
    message: z.string().min(1).optional(),
    /** What the last statement must return instead of an error: its first row's first column, as psql prints it. */
    returns: z.string().optional(),
  })
  .refine((check) => (check.sql === undefined) !== (check.scenario === undefined), {
    message: 'give either `sql` (statements to run) or `scenario` (a scenario name), not both',
  })
  .refine((check) => (check.raises === undefined) !== (check.returns === undefined), {
    message: 'say what the server must do: `raises: "<SQLSTATE>"` or `returns: "<value>"`, one of the two',
  })
  .refine((check) => check.message === undefined || check.raises !== undefined, {
    path: ['message'],
    message: '`message` checks the wording of an error, so it needs `raises`',
  })
  .refine((check) => check.scenario === undefined || check.returns === undefined, {
    path: ['returns'],
    message: 'a scenario reports its first error; check it with `raises`',
  });

export const reproductionSchema = z.union(
  [sqlReproductionSchema, scenarioReproductionSchema, noReproductionSchema],
  missing('give { setup?, sql }, { scenario } or { unavailable: "why" }'),
);

export const entrySchema = z
  .object({
    /** The SQLSTATE exactly as PostgreSQL prints it; the file is named after it. */
    code: z.string().regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE such as "23505"'),
    /** PostgreSQL's condition name for the code (errcodes.txt), such as unique_violation. */
    condition: z.string(),
    /** The two-character class, the first two characters of the code. */
    class: z.string(),
    /** One sentence for search results and the meta description: what went wrong, plainly. */
    summary: z.string(missing('one sentence for search results')).trim().min(1, 'must not be empty').max(200, 'must fit a search result: 200 characters at most'),
    /** Message formats, exactly as in the data, to list first on the page (the ones readers hit). */
    commonMessages: z.array(z.string()).default([]),
    /** Why it happens, most frequent cause first. */
    causes: z.array(causeSchema, missing('list why the error happens, most frequent cause first')).min(1, 'needs at least one cause: why does this error happen?'),
    /** How to raise the error on purpose, or why that cannot be shown. */
    reproduction: reproductionSchema,
    /** How to remove each cause, the fix for the most frequent cause first. */
    fixes: z.array(fixSchema, missing('list how to fix each cause')).min(1, 'needs at least one fix'),
    /** The claims of the prose and fixes that the server can show, each checked by the tests. */
    checks: z.array(checkSchema).default([]),
    /** Claims about this code behind PgBouncer (what transaction pooling changes), checked on a real pooler in front of the test server. */
    poolerChecks: z.array(poolerCheckSchema).default([]),
    /** The tempting wrong moves. */
    avoid: z.array(pitfallSchema).default([]),
    /** Codes readers confuse with this one. */
    related: z.array(relatedSchema).default([]),
    /** The PostgreSQL documentation pages (and other primary sources) behind the entry. */
    sources: z.array(sourceSchema, missing('link the PostgreSQL documentation pages behind the entry')).min(1, 'needs at least one source, such as the PostgreSQL documentation page'),
  })
  .superRefine((entry, ctx) => {
    requireFixProof(entry.fixes, ctx);
    requireCauseFixes(entry, ctx);
    requireKnownStacks(entry.fixes, getDatabase('postgresql').stacks, ctx);
    requirePoolerChecks(entry.poolerChecks, ctx, 'poolerChecks');
    const defined = findSqlState(entry.code);
    if (!defined) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `PostgreSQL defines no SQLSTATE "${entry.code}"` });
      return;
    }
    if (entry.condition !== defined.condition) {
      ctx.addIssue({
        code: 'custom',
        path: ['condition'],
        message: `"${entry.condition}" is not the condition name of ${entry.code}; PostgreSQL calls it "${defined.condition}"`,
      });
    }
    if (entry.class !== defined.class) {
      ctx.addIssue({
        code: 'custom',
        path: ['class'],
        message: `${entry.code} is in class "${defined.class}", not "${entry.class}"`,
      });
    }
    const formats = new Set(messagesOf(entry.code).map((m) => m.format));
    entry.commonMessages.forEach((format, index) => {
      if (!formats.has(format)) {
        ctx.addIssue({
          code: 'custom',
          path: ['commonMessages', index],
          message: `PostgreSQL's source raises no message "${format}" with ${entry.code}; copy the format from the data`,
        });
      }
    });
    entry.related.forEach((related, index) => {
      if (!findSqlState(related.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['related', index, 'code'],
          message: `PostgreSQL defines no SQLSTATE "${related.code}"`,
        });
      } else if (related.code === entry.code) {
        ctx.addIssue({ code: 'custom', path: ['related', index, 'code'], message: 'an entry cannot be related to itself' });
      }
    });
  });

export type Entry = z.infer<typeof entrySchema>;
export type Reproduction = z.infer<typeof reproductionSchema>;
export type Check = z.infer<typeof checkSchema>;
export type FixCheck = z.infer<typeof fixCheckSchema>;

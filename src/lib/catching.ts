// How application code recognises a SQLSTATE, for the "Catch it in code" section and the API.
import { sqlStatesNamed, type SqlState } from './postgres';

/**
 * Python's str.title() followed by removing underscores: psycopg builds its exception class names
 * this way from the upper-case condition name (tools/update_errors.py in psycopg's repository).
 */
function titleCaseWithoutUnderscores(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[^a-z])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replaceAll('_', '');
}

/** Where psycopg departs from its rule, because the rule would give two classes one name. */
const PSYCOPG_EXCEPTIONS: Record<string, string> = {
  '38002': 'ModifyingSqlDataNotPermittedExt',
  '38003': 'ProhibitedSqlStatementAttemptedExt',
  '38004': 'ReadingSqlDataNotPermittedExt',
  '39004': 'NullValueNotAllowedExt',
  XX000: 'InternalError_',
};

/** The psycopg.errors class for the code; null for classes 00 and 01, which are never raised. */
export function psycopgClassName(state: SqlState): string | null {
  if (state.class === '00' || state.class === '01') return null;
  return PSYCOPG_EXCEPTIONS[state.code] ?? titleCaseWithoutUnderscores(state.condition);
}

/** The PL/pgSQL handler: the condition name where it names one code only, else SQLSTATE '...'. */
export function plpgsqlCondition(state: SqlState): string {
  return sqlStatesNamed(state.condition).length > 1 ? `SQLSTATE '${state.code}'` : state.condition;
}

export interface CatchSnippet {
  /** Which language or library the snippet is for. */
  label: string;
  /** Shiki language id. */
  lang: string;
  code: string;
}

interface CatchInput {
  state: SqlState;
  plpgsqlCondition: string;
  psycopgClass: string | null;
  /** True when the code only comes at login (FATAL): the connect call is what fails. */
  atConnect: boolean;
}

/** Short, runnable handlers for the code in PL/pgSQL, node-postgres and psycopg. */
export function catchSnippets({ state, plpgsqlCondition, psycopgClass, atConnect }: CatchInput): CatchSnippet[] {
  const { code, condition } = state;
  if (state.kind === 'success') return [];
  if (state.kind === 'warning') {
    return [
      {
        label: 'node-postgres',
        lang: 'js',
        code: `// Warnings arrive as notices; the statement itself succeeds.\nclient.on('notice', (notice) => {\n  if (notice.code === '${code}') console.warn(notice.message); // ${condition}\n});`,
      },
      {
        label: 'psycopg 3',
        lang: 'python',
        code: `# Warnings arrive as notices; the statement itself succeeds.\ndef on_notice(diag):\n    if diag.sqlstate == "${code}":  # ${condition}\n        print(diag.message_primary)\n\nconn.add_notice_handler(on_notice)`,
      },
    ];
  }
  const snippets: CatchSnippet[] = [];
  if (!atConnect) {
    snippets.push({
      label: 'PL/pgSQL',
      lang: 'sql',
      code: `DO $$\nBEGIN\n  -- the statement that can fail\nEXCEPTION\n  WHEN ${plpgsqlCondition} THEN\n    RAISE NOTICE 'caught %: %', SQLSTATE, SQLERRM;\nEND\n$$;`,
    });
  }
  const call = atConnect ? 'await client.connect();' : 'await client.query(sql, params);';
  snippets.push({
    label: 'node-postgres',
    lang: 'js',
    code: `try {\n  ${call}\n} catch (err) {\n  if (err.code === '${code}') {\n    // ${condition}: handle it here\n  } else {\n    throw err;\n  }\n}`,
  });
  const pyCall = atConnect ? 'conn = psycopg.connect(dsn)' : 'cur.execute(sql, params)';
  snippets.push({
    label: 'psycopg 3',
    lang: 'python',
    code: psycopgClass
      ? `from psycopg import errors\n\ntry:\n    ${pyCall}\nexcept errors.${psycopgClass} as err:\n    ...  # ${code} ${condition}`
      : `try:\n    ${pyCall}\nexcept psycopg.Error as err:\n    if err.sqlstate != "${code}":\n        raise`,
  });
  return snippets;
}

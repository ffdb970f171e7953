// /api/postgresql.json: every code with its facts, for tools and for anyone who wants the data.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { apiRecord } from '../../lib/site/api';
import { codeFacts } from '../../lib/databases/postgresql/code-facts';
import { source, sqlStates } from '../../lib/databases/postgresql/facts';
import { observationOf, observedRuns, serversByMajor } from '../../lib/reproduction/observations';
import { codeUrl } from '../../lib/site/urls';

export const GET: APIRoute = async ({ site }) => {
  const entries = new Map((await getCollection('postgresql')).map((e) => [e.data.code, e.data]));
  const codes = sqlStates.map((state) => {
    const entry = entries.get(state.code);
    const url = new URL(codeUrl(state.code), site).href;
    return apiRecord(codeFacts(state.code, entry?.commonMessages), url, entry, observationOf(state.code) ? observedRuns(state.code) : undefined);
  });
  const body = { source: { ...source, reproducedOn: serversByMajor() }, codes };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};

import { readFileSync } from 'node:fs';
const mod = await import('@astrojs/compiler-rs');
const src = readFileSync(process.argv[2], 'utf8');
try { const r = await (mod.transform ?? mod.default.transform)(src, { filename: 'x.astro' }); console.log('ok', JSON.stringify(r.diagnostics ?? r.errors ?? '').slice(0,500)); } catch (e) { console.log('ERR', e.message); }

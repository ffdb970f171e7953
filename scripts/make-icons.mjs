#!/usr/bin/env node
// Draws the site's sharing cards and icons into public/, where they are committed: one Open Graph
// card per database (and one for the pages of all three), the apple-touch-icon, the web manifest's
// icons and favicon.ico, all from favicon.svg's mark. Run it again after changing the mark or the
// words below: node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.mjs';

const PUBLIC = new URL('../public/', import.meta.url);
const mark = readFileSync(new URL('favicon.svg', PUBLIC), 'utf8');
const BLUE = '#0b5cad';

/** One card: the site, the database, and what a page of it answers. */
const CARDS = {
  postgresql: { title: 'PostgreSQL errors', line: 'Every SQLSTATE: what it means, why it happens, how to fix it.' },
  mysql: { title: 'MySQL errors', line: 'Every error number: what it means, why it happens, how to fix it.' },
  mariadb: { title: 'MariaDB errors', line: 'Every error number: what it means, why it happens, how to fix it.' },
  site: { title: 'Database errors, explained', line: 'PostgreSQL, MySQL and MariaDB: every code, its causes and its fixes.' },
};

const cardHtml = ({ title, line }) => `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#fff;border-top:24px solid ${BLUE};font-family:'DejaVu Sans',sans-serif;color:#1f2328;display:flex;flex-direction:column;justify-content:space-between">
  <div style="display:flex;align-items:center;gap:28px;font-size:44px;font-weight:700"><span style="width:96px;height:96px;display:block">${mark}</span><span><span style="color:${BLUE}">SQLSTATE</span> Reference</span></div>
  <div><div style="font-size:88px;font-weight:700;letter-spacing:-1px">${title}</div><div style="font-size:34px;color:#59636e;margin-top:24px">${line}</div></div>
</div></body></html>`;

const iconHtml = (size) => `<!doctype html><html><body style="margin:0"><div style="width:${size}px;height:${size}px">${mark.replace('rx="6"', 'rx="0"')}</div></body></html>`;

/** An .ico holding PNG images (Windows Vista on and every browser read PNG entries). */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map(({ png }) => png)]);
}

const browser = await launchBrowser();
async function shot(html, width, height) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html.replace('<svg ', `<svg width="100%" height="100%" `));
  const png = await page.screenshot({ type: 'png' });
  await page.close();
  return png;
}

for (const [name, card] of Object.entries(CARDS)) writeFileSync(new URL(`og/${name}.png`, PUBLIC), await shot(cardHtml(card), 1200, 630));
writeFileSync(new URL('apple-touch-icon.png', PUBLIC), await shot(iconHtml(180), 180, 180));
writeFileSync(new URL('icon-192.png', PUBLIC), await shot(iconHtml(192), 192, 192));
writeFileSync(new URL('icon-512.png', PUBLIC), await shot(iconHtml(512), 512, 512));
writeFileSync(new URL('favicon.ico', PUBLIC), ico([{ size: 16, png: await shot(iconHtml(16), 16, 16) }, { size: 32, png: await shot(iconHtml(32), 32, 32) }]));
await browser.close();

// The bodies of the site's non-HTML files, with the type a static host would give their extension.

export const jsonResponse = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

export const markdownResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });

export const textResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

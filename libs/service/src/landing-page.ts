import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

export interface LandingPageOptions {
  /** What answers here, e.g. "CSIRT platform API (gateway)". */
  title: string;
  /** One or two sentences on what to do next. Plain text. */
  description: string;
  /** Links shown as a list, e.g. the console. Absolute URLs or paths. */
  links?: { label: string; href: string }[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/**
 * The page a browser gets on GET /graphql in development (introspection on). Apollo's
 * default page loads its Sandbox from Apollo's CDN, so on a machine without internet it is
 * blank; this one is self-contained (no script, no external resource) and says how to call
 * the API: where the console is, and a curl example with a bearer token.
 */
export function renderLandingPage(options: LandingPageOptions): string {
  const links = (options.links ?? [])
    .map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`)
    .join('');
  const example = `curl -s -X POST -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
  --data '{"query":"{ __typename }"}' <this URL>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
code, pre { font-family: ui-monospace, monospace; background: #f2f2f2; border-radius: 4px; }
pre { padding: .75rem; overflow-x: auto; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(options.title)}</h1>
<p>${escapeHtml(options.description)}</p>
${links ? `<ul>${links}</ul>` : ''}
<h2>Calling the API</h2>
<p>Send GraphQL as <code>POST</code> with a bearer token (<code>npm run token</code> makes a development one):</p>
<pre>${escapeHtml(example)}</pre>
</main>
</body>
</html>
`;
}

/** An Apollo plugin serving `renderLandingPage(options)` instead of Apollo's CDN-hosted Sandbox. */
export function offlineLandingPage<TContext extends BaseContext>(
  options: LandingPageOptions,
): ApolloServerPlugin<TContext> {
  const html = renderLandingPage(options);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

import { ApolloServer, HeaderMap } from '@apollo/server';
import { offlineLandingPage, renderLandingPage } from './landing-page';

describe('the offline landing page', () => {
  it('loads nothing from elsewhere: no script, no stylesheet or image from another host', () => {
    const html = renderLandingPage({
      title: 'API',
      description: 'd',
      links: [{ label: 'Console', href: 'http://localhost:4100/' }],
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/src=/i);
    expect(html).toContain('<a href="http://localhost:4100/">Console</a>');
  });

  it('escapes what it is given', () => {
    const html = renderLandingPage({
      title: '<b>x</b>',
      description: '"quoted" & <i>',
      links: [{ label: '<x>', href: '" onmouseover="alert(1)' }],
    });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; &lt;i&gt;');
    expect(html).toContain('href="&quot; onmouseover=&quot;alert(1)"');
    expect(html).not.toContain('<b>x</b>');
  });

  it('is what Apollo serves to a browser instead of its CDN-hosted Sandbox', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      plugins: [offlineLandingPage({ title: 'Test API', description: 'Offline.' })],
    });
    await server.start();
    try {
      const headers = new HeaderMap([['accept', 'text/html']]);
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'GET', headers, search: '', body: undefined },
        context: async () => ({}),
      });
      expect(response.status ?? 200).toBe(200);
      const body = response.body.kind === 'complete' ? response.body.string : '';
      expect(body).toContain('<h1>Test API</h1>');
      expect(body).not.toMatch(/apollographql\.com|cdn\./i);
    } finally {
      await server.stop();
    }
  });
});

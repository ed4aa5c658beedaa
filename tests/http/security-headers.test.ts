import { describe, expect, it } from 'vitest';
import { digitsScript } from '@/components/digits-script';
import { contentSecurityPolicy, renderedPagePolicy, securityHeaders } from '@/lib/http/security-headers';
// @ts-expect-error -- a plain ES module, loaded by Next.js's cache handlers at run time; it carries JSDoc types only.
import { inlineScriptHashes } from '@/lib/http/page-policy.mjs';

describe('security headers', () => {
  it('restrict images to the site unless an editor allows a host', () => {
    expect(contentSecurityPolicy([])).toContain("img-src 'self' data:;");
    expect(contentSecurityPolicy(['www.thaigov.go.th'])).toContain("img-src 'self' data: https://www.thaigov.go.th;");
  });

  it('forbid framing, plugins, other bases and other form targets', () => {
    const policy = contentSecurityPolicy([]);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) {
      expect(policy).toContain(directive);
    }
  });

  it('name every header a page carries', () => {
    expect(securityHeaders([]).map(({ key }) => key)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'X-Frame-Options',
      'Permissions-Policy',
    ]);
  });

  it('give a page rendered for one request its nonce and the site’s own snippet by hash, and nothing else inline', () => {
    const policy = renderedPagePolicy('3q2+7w==', []);
    const [digits] = inlineScriptHashes(`<script>${digitsScript}</script>`);
    expect(policy).toContain(`; script-src 'self' 'nonce-3q2+7w==' ${digits}; style-src 'self';`);
    const others = (text: string) => text.replace(/(script|style)-src [^;]*/g, '');
    expect(others(policy)).toBe(others(contentSecurityPolicy([])));
  });
});

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '@/lib/http/security-headers';

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
});

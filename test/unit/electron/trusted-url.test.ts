import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from '../../../electron/main/trusted-url';

describe('links the facilitator may open in the OS browser', () => {
  it.each(['https://smartcity.kominfo.go.id/', 'http://example.org/panduan?bab=2#visi', 'https://jdih.kominfo.go.id/produk_hukum/view/id/1'])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://masterplan/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:bimtek@example.org',
    'https://user:secret@example.org/',
    'http://127.0.0.1@evil.com/',
    'not a url',
    '',
    '//example.org/no-scheme',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('pages that count as the app itself', () => {
  const appOrigin = 'app://masterplan';

  it('accepts any page of the app', () => {
    expect(isAppUrl('app://masterplan/index.html', appOrigin)).toBe(true);
    expect(isAppUrl('app://masterplan/lokakarya/demo?langkah=visi#x', appOrigin)).toBe(true);
  });

  it('accepts the dev server when that is the app origin', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it.each([
    ['https://evil?x=localhost', 'http://localhost:5173'],
    ['https://localhost.evil.com', 'https://localhost'],
    ['http://127.0.0.1@evil.com', 'http://127.0.0.1'],
    ['http://127.0.0.1:5173@evil.com/', 'http://127.0.0.1:5173'],
    ['file:///etc/passwd', 'app://masterplan'],
    ['app://masterplan.evil/index.html', 'app://masterplan'],
    ['app://evil/masterplan', 'app://masterplan'],
    ['app://user@masterplan/index.html', 'app://masterplan'],
    ['other://masterplan/index.html', 'app://masterplan'],
    ['https://evil.example/app://masterplan', 'app://masterplan'],
  ])('refuses the look-alike %s', (url, origin) => {
    expect(isAppUrl(url, origin)).toBe(false);
  });

  it('refuses everything when the app origin itself is unusable', () => {
    expect(isAppUrl('app:index.html', 'app:')).toBe(false);
    expect(isAppUrl('file:///x/index.html', 'file:///x/')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/content-security-policy';
import { isPermissionAllowed } from '../../../electron/main/permissions';

const directive = (csp: string, name: string): string | undefined =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('content security policy of the built app', () => {
  const csp = contentSecurityPolicy();

  it('loads scripts only from the app itself, never inline or remote', () => {
    expect(directive(csp, 'default-src')).toBe("default-src 'self'");
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it('blocks plugins, frames, base-tag tricks and form posts', () => {
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'frame-src')).toBe("frame-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(csp, 'form-action')).toBe("form-action 'none'");
  });

  it('lets rendered diagrams become images (data: and blob:)', () => {
    expect(directive(csp, 'img-src')).toBe("img-src 'self' data: blob:");
  });

  it('only in development allows the dev server socket and its inline preamble', () => {
    const dev = contentSecurityPolicy('http://localhost:5173');
    expect(directive(dev, 'connect-src')).toBe("connect-src 'self' ws://localhost:5173");
    expect(directive(dev, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
  });
});

describe('browser permissions', () => {
  const appOrigin = 'app://masterplan';

  it('lets the app go full screen for projector mode and write to the clipboard', () => {
    expect(isPermissionAllowed('fullscreen', 'app://masterplan/index.html', appOrigin)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://masterplan', appOrigin)).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'midiSysex', 'openExternal', 'clipboard-read', 'hid', 'serial', 'usb'])('refuses %s even to the app', (permission) => {
    expect(isPermissionAllowed(permission, 'app://masterplan/index.html', appOrigin)).toBe(false);
  });

  it('refuses everything to any other page', () => {
    expect(isPermissionAllowed('fullscreen', 'https://evil.example/', appOrigin)).toBe(false);
    expect(isPermissionAllowed('fullscreen', '', appOrigin)).toBe(false);
  });
});

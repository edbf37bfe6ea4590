/**
 * A link in narrative text must be an ordinary web address: http or https, with a host.
 * Anything else (javascript:, file:, data:, a bare word) is refused, because the text ends up in
 * the Word document and on other people's screens.
 */
export type WebLinkCheck = { ok: true; href: string } | { ok: false; reason: 'empty' | 'protocol' | 'invalid' };

const MAX_LENGTH = 2000;

export const checkWebLink = (input: string): WebLinkCheck => {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  // "www.kominfo.go.id" is what people type; it means https.
  const withProtocol = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : /^[\w-]+(\.[\w-]+)+([/?#:]|$)/.test(text) ? `https://${text}` : text;
  if (!/^https?:\/\//i.test(withProtocol)) return { ok: false, reason: /^[a-z][a-z0-9+.-]*:/i.test(withProtocol) ? 'protocol' : 'invalid' };
  if (withProtocol.length > MAX_LENGTH || /\s/.test(withProtocol)) return { ok: false, reason: 'invalid' };
  let url: URL;
  try {
    url = new URL(withProtocol);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.hostname === '' || !/[a-z0-9]/i.test(url.hostname)) return { ok: false, reason: 'invalid' };
  return { ok: true, href: url.href };
};

export const isWebLink = (href: string): boolean => /^https?:\/\//i.test(href.trim()) && checkWebLink(href).ok;

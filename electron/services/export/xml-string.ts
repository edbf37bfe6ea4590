import type { IXmlableObject } from 'docx';

/**
 * The XML text of the objects docx's components prepare (`{ "w:p": [...] }`), written in one pass to one string, the
 * way docx's own writer (stringifyXmlable, which follows the old `xml` package) writes them byte for byte, quirks
 * included: an array's text replaces the element written just before it, an element whose value is an array is
 * never self-closing, an attribute's value is escaped like text.
 *
 * Prebuilt XML text travels inside such objects as a raw node (`rawXml`): an element without a name whose value is not
 * an object, which docx's writer and this one both print as it is. docx's writer calls String() on it, so the text
 * sits in a function's toString.
 */

export type Xml = IXmlableObject;

// The control characters XML 1.0 forbids, which docx drops, as its writer does.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const ESCAPES = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text or an attribute's value as docx escapes it; characters XML 1.0 forbids are dropped. */
export const escapeXml = (text: string): string => (NEEDS_ESCAPE.test(text) ? text.replace(ESCAPES, (char) => ENTITY[char] ?? '') : text);

const escapeValue = (value: unknown): string => (typeof value === 'string' ? escapeXml(value) : value === undefined ? '' : String(value));

/** Prebuilt XML text as a node docx's writer and xmlString print unchanged. */
export const rawXml = (text: string): Xml => {
  const raw = (): string => text;
  raw.toString = raw;
  return { '': raw } as unknown as Xml;
};

const attributesOf = (attributes: object, out: string[]): void => {
  for (const [key, value] of Object.entries(attributes)) out.push(` ${key}="${typeof value === 'string' ? escapeXml(value) : String(value)}"`);
};

type Content = string | Xml;

/** The text of frozen objects, which are shared (table cells' and paragraphs' properties): written once each. */
const frozenText = new WeakMap<object, string>();

/** One element, appended to `out`; a frozen one from its text written before. */
const write = (data: Xml, out: string[]): void => {
  if (!Object.isFrozen(data)) {
    writeElement(data, out);
    return;
  }
  let text = frozenText.get(data);
  if (text === undefined) {
    const own: string[] = [];
    writeElement(data, own);
    text = own.join('');
    frozenText.set(data, text);
  }
  out.push(text);
};

const writeElement = (data: Xml, out: string[]): void => {
  let name: string | undefined;
  // The first key only, without building the array of keys.
  for (const key in data) {
    name = key;
    break;
  }
  const values: unknown = name === undefined ? undefined : (data as Record<string, unknown>)[name];
  if (!name) {
    // A raw node (or an empty object): its value printed as it is.
    if (values !== undefined) out.push(String(values));
    return;
  }
  if (typeof values !== 'object') {
    out.push(`<${name}>`, values === undefined ? '' : escapeValue(values), `</${name}>`);
    return;
  }
  if (values === null) {
    out.push(`<${name}/>`);
    return;
  }
  const record = values as { _attr?: object; _cdata?: string };
  const attrs: string[] = [];
  if (record._attr) attributesOf(record._attr, attrs);
  if (!Array.isArray(values)) {
    if (record._cdata) {
      out.push(`<${name}${attrs.join('')}>`, `<![CDATA[${record._cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`, `</${name}>`);
    } else out.push(`<${name}${attrs.join('')}/>`);
    return;
  }
  const items = values as unknown[];
  let textInside = false;
  for (const item of items) {
    if (typeof item !== 'object') {
      textInside = true;
      break;
    }
  }
  if (!textInside) {
    // The common case: elements only, written straight into `out` after the start tag.
    const start = out.length;
    out.push('');
    for (const item of items) {
      const child = item as Record<string, unknown>;
      let first: string | undefined;
      for (const key in child) {
        first = key;
        break;
      }
      if (first === '_attr') attributesOf(child['_attr'] as object, attrs);
      else write(child as Xml, out);
    }
    out[start] = `<${name}${attrs.join('')}>`;
    out.push(`</${name}>`);
    return;
  }
  // Text among the items: as docx does, a text replaces whatever was written just before it.
  const content: Content[] = [''];
  for (const item of items) {
    if (typeof item === 'object' && item !== null) {
      const child = item as Record<string, unknown>;
      if (Object.keys(child)[0] === '_attr') attributesOf(child['_attr'] as object, attrs);
      else content.push(child as Xml);
    } else {
      content.pop();
      content.push(escapeValue(item));
    }
  }
  out.push(`<${name}${attrs.join('')}>`);
  for (const part of content) {
    if (typeof part === 'string') out.push(part);
    else write(part, out);
  }
  out.push(`</${name}>`);
};

/** The XML text of prepared objects, one after another, as docx writes them (without indenting). */
export const xmlString = (data: Xml | readonly Xml[]): string => {
  const out: string[] = [];
  for (const item of Array.isArray(data) ? data : [data]) write(item as Xml, out);
  return out.join('');
};

import { describe, expect, it } from 'vitest';
import { richDocWordCount, sameRichDoc, tidyRichDoc } from '../../../shared/logic/rich-doc';
import { checkWebLink, isWebLink } from '../../../shared/logic/web-link';
import { emptyRichDoc, richDocFromText, type RichDoc } from '../../../shared/model';

const editorEmpty: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

describe('narrative text as the editor holds it', () => {
  it('an editor with nothing typed equals an empty section, so opening it writes nothing', () => {
    expect(tidyRichDoc(editorEmpty)).toEqual(emptyRichDoc());
    expect(sameRichDoc(editorEmpty, emptyRichDoc())).toBe(true);
  });

  it('the empty paragraph the editor adds after a list does not count as a change', () => {
    const list: RichDoc = { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'APBD' }] }] }] }] };
    expect(sameRichDoc({ type: 'doc', content: [...list.content, { type: 'paragraph' }] }, list)).toBe(true);
  });

  it('different words, or the same words in bold, are a change', () => {
    const plain = richDocFromText('Kabupaten Malang');
    expect(sameRichDoc(plain, richDocFromText('Kabupaten Malang Raya'))).toBe(false);
    const bold: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kabupaten Malang', marks: [{ type: 'bold' }] }] }] };
    expect(sameRichDoc(plain, bold)).toBe(false);
  });

  it('counts the words of a section', () => {
    expect(richDocWordCount(richDocFromText('Masterplan ini disusun\nbersama seluruh OPD'))).toBe(6);
    expect(richDocWordCount(emptyRichDoc())).toBe(0);
  });
});

describe('links in narrative text', () => {
  it('accept ordinary web addresses, and read "www…" as https', () => {
    expect(checkWebLink('https://aptika.kominfo.go.id/2019/08/6545/')).toEqual({ ok: true, href: 'https://aptika.kominfo.go.id/2019/08/6545/' });
    expect(checkWebLink('www.malangkab.go.id')).toEqual({ ok: true, href: 'https://www.malangkab.go.id/' });
    expect(checkWebLink(' http://jdih.malangkab.go.id ')).toMatchObject({ ok: true });
  });

  it('refuse anything that is not http(s)', () => {
    expect(checkWebLink('javascript:alert(1)')).toEqual({ ok: false, reason: 'protocol' });
    expect(checkWebLink('file:///etc/passwd')).toEqual({ ok: false, reason: 'protocol' });
    expect(checkWebLink('mailto:bappeda@malangkab.go.id')).toEqual({ ok: false, reason: 'protocol' });
    expect(checkWebLink('bukan alamat')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkWebLink('')).toEqual({ ok: false, reason: 'empty' });
    expect(isWebLink('data:text/html,hi')).toBe(false);
    expect(isWebLink('https://kominfo.go.id')).toBe(true);
  });
});

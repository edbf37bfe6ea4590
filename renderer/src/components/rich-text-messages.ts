import type { Language } from '../i18n/i18n-context';

/**
 * The editor's own words. It is a shared component rather than a worksheet, so it keeps its
 * strings beside itself instead of in a feature's catalogue.
 */
const ID = {
  toolbar: 'Format teks: {label}',
  bold: 'Tebal',
  italic: 'Miring',
  underline: 'Garis bawah',
  heading2: 'Subjudul',
  heading3: 'Subjudul kecil',
  bulletList: 'Daftar berpoin',
  orderedList: 'Daftar bernomor',
  link: 'Tautan',
  undo: 'Urungkan ketikan',
  redo: 'Kembalikan ketikan',
  linkLabel: 'Alamat tautan (http:// atau https://)',
  linkApply: 'Pasang tautan',
  linkRemove: 'Hapus tautan',
  linkCancel: 'Batal',
  linkEmpty: 'Tulis alamat tautan, misalnya https://kominfo.go.id',
  linkProtocol: 'Hanya alamat http:// atau https:// yang boleh dipakai',
  linkInvalid: 'Alamat tautan tidak valid',
  readOnly: 'Hanya baca',
} as const;

type Key = keyof typeof ID;

const EN: Record<Key, string> = {
  toolbar: 'Text format: {label}',
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  heading2: 'Subheading',
  heading3: 'Small subheading',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  link: 'Link',
  undo: 'Undo typing',
  redo: 'Redo typing',
  linkLabel: 'Link address (http:// or https://)',
  linkApply: 'Set link',
  linkRemove: 'Remove link',
  linkCancel: 'Cancel',
  linkEmpty: 'Type a link address, for example https://kominfo.go.id',
  linkProtocol: 'Only http:// or https:// addresses are allowed',
  linkInvalid: 'This link address is not valid',
  readOnly: 'Read only',
};

export type RichTextWords = Record<Key, string>;

export const richTextWords = (language: Language): RichTextWords => (language === 'en' ? EN : ID);

import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { RichDocSchema, type RichDoc } from '../../../shared/model';
import { sameRichDoc, tidyRichDoc } from '../../../shared/logic/rich-doc';
import { isWebLink } from '../../../shared/logic/web-link';
import type { CommitOutcome } from '../forms/use-committed-draft';
import { useLanguage } from '../i18n/i18n-context';
import { useOptionalSession } from '../session/session-context';
import { richTextWords } from './rich-text-messages';
import { RichTextLinkForm } from './RichTextLinkForm';
import { RichTextToolbar } from './RichTextToolbar';
import './RichTextEditor.css';

/** Typed text is committed after this pause, and at once when the editor loses focus. */
const COMMIT_PAUSE_MS = 800;

/**
 * What narrative text may hold: paragraphs, subheadings 2–3, bold/italic/underline, lists and
 * http(s) links. Everything else StarterKit offers is off, so nothing reaches the Word export
 * that the toolbar cannot show. Kept at module scope: one configuration for every editor.
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    blockquote: false,
    horizontalRule: false,
    strike: false,
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isWebLink(url),
      shouldAutoLink: (url) => isWebLink(url.includes('://') ? url : `https://${url}`),
      HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' },
    },
  }),
];

/** ProseMirror needs at least one block; the workshop stores an empty document as no blocks at all. */
const toEditorDoc = (doc: RichDoc): RichDoc => (doc.content.length === 0 ? { type: 'doc', content: [{ type: 'paragraph' }] } : doc);

const editorDoc = (editor: Editor): RichDoc | null => {
  const parsed = RichDocSchema.safeParse(editor.getJSON());
  return parsed.success ? tidyRichDoc(parsed.data) : null;
};

export interface RichTextEditorProps {
  label: string;
  hint?: string | undefined;
  /** What the workshop holds now. */
  value: RichDoc;
  /** Called with the new document after a pause in typing and on leaving the editor; never for an unchanged one. */
  commit(doc: RichDoc): CommitOutcome;
  readOnly?: boolean;
  /** Height of the writing area in lines of text. */
  rows?: number;
  className?: string;
  /** Keep the label for screen readers only, when a heading right above already says it. */
  labelHidden?: boolean;
}

/**
 * Narrative text (Tiptap): vision, explanations, masterplan sections. Holds what is being typed apart
 * from what the workshop holds, like the other commit fields: edits are committed after a pause and on
 * blur, not on every keystroke; an outside change (undo, a reload) replaces the text unless the user
 * is in the middle of typing.
 */
export const RichTextEditor = ({ label, hint, value, commit, readOnly = false, rows = 6, className, labelHidden = false }: RichTextEditorProps) => {
  const { language } = useLanguage();
  const words = richTextWords(language);
  const session = useOptionalSession();
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const [message, setMessage] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ value, commit, session });
  latest.current = { value, commit, session };
  const editorRef = useRef<Editor | null>(null);

  const stopTimer = () => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      latest.current.session?.setDraftPending(id, false);
    }
    timer.current = null;
  };

  /** Commits what the editor holds if it differs from the workshop. */
  const flush = useCallback(() => {
    stopTimer();
    const editor = editorRef.current;
    if (!editor || editor.isDestroyed) return;
    const doc = editorDoc(editor);
    if (!doc || sameRichDoc(doc, latest.current.value)) return;
    const outcome = latest.current.commit(doc);
    setMessage(outcome.ok ? null : outcome.message);
  }, []);

  const describedBy = [hint ? hintId : null, message ? messageId : null].filter(Boolean).join(' ');
  // Stable objects, so the editor is only reconfigured when one of these really changes.
  const [initialContent] = useState(() => toEditorDoc(value));
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'rte-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-invalid': message ? 'true' : 'false',
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        style: `min-height: ${rows * 1.6}em`,
      },
    }),
    [labelId, message, describedBy, readOnly, rows],
  );
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initialContent,
    editable: !readOnly,
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate: ({ transaction }) => {
      if (!transaction.docChanged) return;
      stopTimer();
      timer.current = setTimeout(flush, COMMIT_PAUSE_MS);
      latest.current.session?.setDraftPending(id, true);
    },
    onBlur: () => flush(),
  });
  editorRef.current = editor;

  // An outside change (undo, another device, a reload) shows at once unless typed text is waiting.
  useEffect(() => {
    if (editor.isDestroyed || timer.current !== null) return;
    const shown = editorDoc(editor);
    if (shown && sameRichDoc(shown, value)) return;
    editor.commands.setContent(toEditorDoc(value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    if (!editor.isDestroyed) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  // Leaving the worksheet must not lose typed text.
  useEffect(() => () => flush(), [flush]);

  return (
    <div
      className={`field rte${message ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k' && !readOnly) {
          e.preventDefault();
          setLinkOpen(true);
        }
      }}
    >
      <span id={labelId} className={labelHidden ? 'visually-hidden' : 'field-label'}>
        {label}
      </span>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className={`rte-frame${readOnly ? ' is-readonly' : ''}`}>
        {readOnly ? null : <RichTextToolbar editor={editor} words={words} label={label} onLink={() => setLinkOpen(true)} disabled={readOnly} />}
        {linkOpen && !readOnly ? <RichTextLinkForm editor={editor} words={words} onClose={() => setLinkOpen(false)} /> : null}
        <EditorContent editor={editor} className="rte-body" />
      </div>
      <p className={`field-message${message ? ' is-error' : ''}`} id={messageId} aria-live="polite">
        {message}
      </p>
    </div>
  );
};

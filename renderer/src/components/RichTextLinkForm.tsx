import { useEffect, useId, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { checkWebLink } from '../../../shared/logic/web-link';
import type { RichTextWords } from './rich-text-messages';

interface Props {
  editor: Editor;
  words: RichTextWords;
  onClose(): void;
}

/**
 * Sets, changes or removes the link on the selected words. Only http(s) addresses get in:
 * the text ends up in the Word document and on every participant's screen.
 */
export const RichTextLinkForm = ({ editor, words, onClose }: Props) => {
  const current = editor.getAttributes('link')['href'];
  const [text, setText] = useState(typeof current === 'string' ? current : '');
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = () => {
    const checked = checkWebLink(text);
    if (!checked.ok) {
      setMessage(checked.reason === 'empty' ? words.linkEmpty : checked.reason === 'protocol' ? words.linkProtocol : words.linkInvalid);
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      chain.insertContent({ type: 'text', text: checked.href, marks: [{ type: 'link', attrs: { href: checked.href } }] }).run();
    } else {
      chain.setLink({ href: checked.href }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <div
      className="rte-link-form"
      role="group"
      aria-labelledby={`${id}-label`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <label id={`${id}-label`} className="field-label" htmlFor={`${id}-input`}>
        {words.linkLabel}
      </label>
      <div className="rte-link-row">
        <input
          ref={input}
          id={`${id}-input`}
          className="input"
          type="url"
          inputMode="url"
          autoComplete="off"
          value={text}
          aria-invalid={message !== null}
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setMessage(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply();
            }
          }}
        />
        <button type="button" className="btn btn-primary btn-small" onClick={apply}>
          {words.linkApply}
        </button>
        {editor.isActive('link') ? (
          <button type="button" className="btn btn-danger-quiet btn-small" onClick={remove}>
            {words.linkRemove}
          </button>
        ) : null}
        <button type="button" className="btn btn-secondary btn-small" onClick={close}>
          {words.linkCancel}
        </button>
      </div>
      <p className={`field-message${message ? ' is-error' : ''}`} id={`${id}-message`} aria-live="polite">
        {message}
      </p>
    </div>
  );
};

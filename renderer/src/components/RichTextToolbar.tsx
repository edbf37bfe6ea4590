import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import type { RichTextWords } from './rich-text-messages';

/** What the toolbar shows as pressed or available; read with a small selector so typing re-renders only this. */
const selectState = ({ editor }: { editor: Editor }) => ({
  bold: editor.isActive('bold'),
  italic: editor.isActive('italic'),
  underline: editor.isActive('underline'),
  heading2: editor.isActive('heading', { level: 2 }),
  heading3: editor.isActive('heading', { level: 3 }),
  bulletList: editor.isActive('bulletList'),
  orderedList: editor.isActive('orderedList'),
  link: editor.isActive('link'),
  canUndo: editor.can().undo(),
  canRedo: editor.can().redo(),
});

type ToolbarState = ReturnType<typeof selectState>;

interface Tool {
  id: keyof RichTextWords & (keyof ToolbarState | 'undo' | 'redo');
  glyph: ReactNode;
  /** For aria-keyshortcuts and the tooltip. */
  keys: string;
  run(editor: Editor): void;
  pressed?: (s: ToolbarState) => boolean;
  enabled?: (s: ToolbarState) => boolean;
}

const svg = (d: string) => (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

const focus = (editor: Editor) => editor.chain().focus();

const GROUPS: Tool[][] = [
  [
    { id: 'bold', glyph: <b>B</b>, keys: 'Control+B', run: (e) => focus(e).toggleBold().run(), pressed: (s) => s.bold },
    { id: 'italic', glyph: <i>I</i>, keys: 'Control+I', run: (e) => focus(e).toggleItalic().run(), pressed: (s) => s.italic },
    { id: 'underline', glyph: <u>U</u>, keys: 'Control+U', run: (e) => focus(e).toggleUnderline().run(), pressed: (s) => s.underline },
  ],
  [
    { id: 'heading2', glyph: 'H2', keys: 'Control+Alt+2', run: (e) => focus(e).toggleHeading({ level: 2 }).run(), pressed: (s) => s.heading2 },
    { id: 'heading3', glyph: 'H3', keys: 'Control+Alt+3', run: (e) => focus(e).toggleHeading({ level: 3 }).run(), pressed: (s) => s.heading3 },
  ],
  [
    { id: 'bulletList', glyph: svg('M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01'), keys: 'Control+Shift+8', run: (e) => focus(e).toggleBulletList().run(), pressed: (s) => s.bulletList },
    { id: 'orderedList', glyph: svg('M10 6h10M10 12h10M10 18h10M4 5l1-1v5M4 14h2l-2 3h2'), keys: 'Control+Shift+7', run: (e) => focus(e).toggleOrderedList().run(), pressed: (s) => s.orderedList },
  ],
  [
    { id: 'link', glyph: svg('M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'), keys: 'Control+K', run: () => undefined, pressed: (s) => s.link },
  ],
  [
    { id: 'undo', glyph: svg('M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11'), keys: 'Control+Z', run: (e) => focus(e).undo().run(), enabled: (s) => s.canUndo },
    { id: 'redo', glyph: svg('m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13'), keys: 'Control+Y', run: (e) => focus(e).redo().run(), enabled: (s) => s.canRedo },
  ],
];

const TOOLS = GROUPS.flat();

interface Props {
  editor: Editor;
  words: RichTextWords;
  label: string;
  onLink(): void;
  disabled: boolean;
}

/**
 * One Tab stop (the ARIA toolbar pattern): arrow keys, Home and End move between buttons;
 * Enter or Space runs one. Buttons keep the editor's selection (mousedown does not steal focus).
 */
export const RichTextToolbar = ({ editor, words, label, onLink, disabled }: Props) => {
  const state = useEditorState({ editor, selector: selectState });
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = TOOLS.length - 1;
    const next =
      event.key === 'ArrowRight' ? (current === last ? 0 : current + 1)
      : event.key === 'ArrowLeft' ? (current === 0 ? last : current - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  };

  let index = 0;
  return (
    <div className="rte-toolbar" role="toolbar" aria-label={words.toolbar.replace('{label}', label)} onKeyDown={move}>
      {GROUPS.map((group, g) => (
        <div className="rte-toolbar-group" key={g}>
          {group.map((tool) => {
            const at = index++;
            const unavailable = disabled || (tool.enabled ? !tool.enabled(state) : false);
            const shortcut = tool.keys.replace('Control', 'Ctrl');
            return (
              <button
                key={tool.id}
                ref={(el) => {
                  buttons.current[at] = el;
                }}
                type="button"
                className="rte-button"
                tabIndex={at === current ? 0 : -1}
                aria-label={words[tool.id]}
                aria-keyshortcuts={tool.keys}
                aria-pressed={tool.pressed ? tool.pressed(state) : undefined}
                aria-disabled={unavailable || undefined}
                title={`${words[tool.id]} (${shortcut})`}
                onMouseDown={(e) => e.preventDefault()}
                onFocus={() => setCurrent(at)}
                onClick={() => {
                  if (unavailable) return;
                  if (tool.id === 'link') onLink();
                  else tool.run(editor);
                }}
              >
                {tool.glyph}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
};

import { useEffect, useRef } from 'react';
import { describeEntry, invertCommand, type ChangeDescription } from '../../../../shared/commands';
import { hrefFor, navigate } from '../../app/route';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import type { WorkshopSession } from '../../session/workshop-session';
import { regionFieldLabel, wordUndoRedo } from './undo-notice';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** Inside a text field the browser's own undo applies to what is being typed. */
const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
};

/** Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo (Cmd on a Mac), outside text fields and dialogs; every undo and redo says what it changed. */
export const useUndoShortcuts = (session: WorkshopSession | null): void => {
  useUndoNotices(session);
  useEffect(() => {
    if (!session) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        session.undo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        session.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);
};

const FOCUS_FRAMES = 60;
const SETTLE_FRAMES = 3;

/**
 * Focuses the control labelled `label` once the page shows it: after the page's own focus on its heading
 * (or a few frames when the page did not change), so the user lands on what was undone.
 */
const focusLabelledControl = (label: string): void => {
  const find = (): HTMLElement | null => {
    const match = [...document.querySelectorAll<HTMLLabelElement>('main label.field-label')].find((l) => (l.textContent ?? '').trim().startsWith(label));
    const control = match?.htmlFor ? document.getElementById(match.htmlFor) : null;
    return control instanceof HTMLElement ? control : null;
  };
  const step = (frame: number) => {
    const control = find();
    const settled = document.activeElement?.id === 'worksheet-heading' || frame >= SETTLE_FRAMES;
    if (control && settled) {
      control.focus();
      control.scrollIntoView({ block: 'center' });
    } else if (frame < FOCUS_FRAMES) requestAnimationFrame(() => step(frame + 1));
  };
  requestAnimationFrame(() => step(0));
};

/** After each confirmed undo or redo: a notice naming what changed and where, with a link there. */
const useUndoNotices = (session: WorkshopSession | null): void => {
  const toast = useToast();
  const t = useT();
  const words = useRef({ toast, t });
  words.current = { toast, t };
  useEffect(() => {
    if (!session) return;
    return session.onUndoRedo((step) => {
      const { toast: show, t: translate } = words.current;
      let description: ChangeDescription;
      try {
        // Told as the log tells it: the command the core applied and its inverse on the workshop before.
        description = describeEntry({ command: step.applied, inverse: invertCommand(step.before, step.applied) }, step.before);
      } catch {
        return;
      }
      const place = description.place;
      const fields = description.code === 'region.changed' ? description.params.fields : [];
      show({
        tone: 'info',
        message: wordUndoRedo(translate, step.kind, description),
        ...(place === null
          ? {}
          : {
              action: {
                label: translate('undo.toast.open'),
                href: hrefFor({ screen: 'workshop', workshopId: session.workshopId, worksheet: place }),
                run: () => {
                  navigate({ screen: 'workshop', workshopId: session.workshopId, worksheet: place });
                  if (fields[0]) focusLabelledControl(regionFieldLabel(translate, fields[0]));
                },
              },
            }),
      });
    });
  }, [session]);
};

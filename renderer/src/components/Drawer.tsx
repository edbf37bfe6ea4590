import { useEffect, useId, useRef, type ReactNode } from 'react';
import './drawer.css';

interface DrawerProps {
  title: ReactNode;
  /** Shown above the title, e.g. the program code. */
  eyebrow?: ReactNode;
  closeLabel: string;
  onClose(): void;
  /** Buttons beside the close button (previous/next). */
  tools?: ReactNode;
  children: ReactNode;
}

/**
 * A side panel on the native modal <dialog>: the rest of the page is inert while it is open,
 * Escape closes it, and focus goes back to whatever opened it.
 */
export const Drawer = ({ title, eyebrow, closeLabel, onClose, tools, children }: DrawerProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="drawer"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <header className="drawer-header">
        <div className="drawer-heading">
          {eyebrow ? <p className="drawer-eyebrow">{eyebrow}</p> : null}
          <h2 id={titleId} className="drawer-title">
            {title}
          </h2>
        </div>
        <div className="drawer-tools">
          {tools}
          <button type="button" className="btn btn-secondary btn-small drawer-close" onClick={onClose}>
            <span aria-hidden="true">×</span>
            <span>{closeLabel}</span>
          </button>
        </div>
      </header>
      <div className="drawer-body">{children}</div>
    </dialog>
  );
};

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { keepVisible } from './toast-queue';

export interface ToastInput {
  message: string;
  tone?: 'info' | 'success' | 'warning' | 'error';
  /** With `href` the action is a link (it goes somewhere); `run` still runs when it is followed. */
  action?: { label: string; run(): void; href?: string };
  /** Errors and toasts with an action stay longer: people need time to read and decide. */
  durationMs?: number;
}

interface Toast extends Required<Pick<ToastInput, 'message' | 'tone'>> {
  id: number;
  action: ToastInput['action'];
  durationMs: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

export const useToast = (): ((toast: ToastInput) => void) => {
  const show = useContext(ToastContext);
  if (!show) throw new Error('ToastProvider is missing');
  return show;
};

export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  /** Toasts under the pointer or holding focus: never pushed out by a newer one (toast-queue). */
  const held = useRef(new Set<number>());
  const hold = useCallback((id: number, on: boolean) => {
    if (on) held.current.add(id);
    else held.current.delete(id);
  }, []);
  const dismiss = useCallback((id: number) => {
    held.current.delete(id);
    setToasts((all) => all.filter((t) => t.id !== id));
  }, []);
  const show = useCallback((input: ToastInput) => {
    const tone = input.tone ?? 'info';
    const durationMs = input.durationMs ?? (input.action || tone === 'error' ? 12_000 : 6_000);
    const toast: Toast = { id: nextId.current++, message: input.message, tone, action: input.action, durationMs };
    setToasts((all) => keepVisible(all, toast, held.current));
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <ToastRegion toasts={toasts} onDismiss={dismiss} onHold={hold} />
    </ToastContext.Provider>
  );
};

interface ItemHandlers {
  onDismiss(id: number): void;
  onHold(id: number, on: boolean): void;
}

/** Newest on top, in reading and Tab order too: the toast of the action just taken is the first reached. */
const ToastRegion = ({ toasts, onDismiss, onHold }: { toasts: Toast[] } & ItemHandlers) => {
  const t = useT();
  const newestFirst = [...toasts].reverse();
  return (
    <div className="toast-region" role="region" aria-label={t('toast.region')}>
      <div aria-live="polite" className="toast-stack">
        {newestFirst
          .filter((toast) => toast.tone !== 'error')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} onHold={onHold} />
          ))}
      </div>
      <div aria-live="assertive" className="toast-stack">
        {newestFirst
          .filter((toast) => toast.tone === 'error')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} onHold={onHold} />
          ))}
      </div>
    </div>
  );
};

const ToastItem = ({ toast, onDismiss, onHold }: { toast: Toast } & ItemHandlers) => {
  const t = useT();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    onHold(toast.id, paused);
    return () => onHold(toast.id, false);
  }, [paused, toast.id, onHold]);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss(toast.id), toast.durationMs);
    return () => clearTimeout(timer);
  }, [paused, toast.id, toast.durationMs, onDismiss]);
  return (
    <div
      className={`toast toast-${toast.tone}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <p className="toast-message">{toast.message}</p>
      <div className="toast-actions">
        {toast.action?.href ? (
          <a
            className="btn btn-small btn-inverse"
            href={toast.action.href}
            onClick={(event) => {
              event.preventDefault();
              toast.action?.run();
              onDismiss(toast.id);
            }}
          >
            {toast.action.label}
          </a>
        ) : toast.action ? (
          <button
            type="button"
            className="btn btn-small btn-inverse"
            onClick={() => {
              toast.action?.run();
              onDismiss(toast.id);
            }}
          >
            {toast.action.label}
          </button>
        ) : null}
        <button type="button" className="btn btn-small btn-ghost-inverse" aria-label={t('toast.dismiss')} onClick={() => onDismiss(toast.id)}>
          ×
        </button>
      </div>
    </div>
  );
};

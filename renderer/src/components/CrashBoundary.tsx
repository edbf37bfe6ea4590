import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** What the facilitator sees instead of a blank window: what happened, that nothing stored was lost, and a way on. */
const CrashNotice = ({ error }: { error: Error }) => {
  const t = useT();
  const goHome = () => {
    window.location.hash = '#/';
    window.location.reload();
  };
  return (
    <main className="crash-notice" role="alert" aria-labelledby="crash-heading">
      <section className="card card-error">
        <h1 id="crash-heading" className="card-title">
          {t('crash.title')}
        </h1>
        <p className="card-lead">{t('crash.body')}</p>
        <details>
          <summary>{t('crash.detail')}</summary>
          <pre className="crash-detail">{error.message}</pre>
        </details>
        <div className="crash-actions">
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
          <button type="button" className="btn" onClick={goHome}>
            {t('crash.home')}
          </button>
        </div>
      </section>
    </main>
  );
};

/**
 * Catches a render error anywhere below it (e.g. a workshop whose shape the screen did not expect, shown before its
 * contract check finished). Stored data is untouched by rendering, so a reload is always safe.
 */
export class CrashBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Layar gagal ditampilkan', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <CrashNotice error={this.state.error} /> : this.props.children;
  }
}

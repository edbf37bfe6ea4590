import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n-context';
import { opdOf } from './lookups';
import type { Workshop } from '../../../../shared/model';

/** Frames a read-only view of what the workshop already holds for a worksheet. */
export const SummaryCard = ({ title, children, id, actions, className }: { title: string; children: ReactNode; id: string; actions?: ReactNode; className?: string }) => (
  <section className={`card summary-card${className ? ` ${className}` : ''}`} aria-labelledby={id}>
    <div className="card-heading-row">
      <h2 id={id} className="card-title">
        {title}
      </h2>
      {actions}
    </div>
    {children}
  </section>
);

export interface Stat {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: 'red' | 'amber' | 'green' | undefined;
}

export const StatTiles = ({ stats, label }: { stats: Stat[]; label: string }) => (
  <dl className="stat-tiles" aria-label={label}>
    {stats.map((stat) => (
      <div key={stat.label} className={`stat-tile${stat.tone ? ` tone-${stat.tone}` : ''}`}>
        <dt>{stat.label}</dt>
        <dd>
          <span className="stat-value">{stat.value}</span>
          {stat.detail ? <span className="stat-detail">{stat.detail}</span> : null}
        </dd>
      </div>
    ))}
  </dl>
);

/** Said plainly when a worksheet holds nothing yet. */
export const EmptyNote = ({ children }: { children: ReactNode }) => <p className="empty-note">{children}</p>;

export const ReadOnlyBadge = () => {
  const t = useT();
  return <span className="badge badge-muted">{t('summary.readOnly')}</span>;
};

export const OpdName = ({ workshop, opdId }: { workshop: Workshop; opdId: string | null }) => {
  const t = useT();
  const opd = opdOf(workshop, opdId);
  return opd ? <abbr title={opd.full}>{opd.short}</abbr> : <span className="muted">{t('summary.noOpd')}</span>;
};

export const Chip = ({ children, tone }: { children: ReactNode; tone?: string }) => <span className={`chip${tone ? ` chip-${tone}` : ''}`}>{children}</span>;

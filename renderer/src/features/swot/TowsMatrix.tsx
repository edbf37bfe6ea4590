import { useState } from 'react';
import type { TowsKind, TowsStrategy } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { TowsCell } from './TowsCell';
import { TowsStrategyDialog } from './TowsStrategyDialog';
import type { DimensionSwot } from './use-dimension-swot';
import './tows.css';

/** The classic TOWS layout: strengths and weaknesses across, opportunities and threats down. */
const LAYOUT: readonly TowsKind[] = ['SO', 'WO', 'ST', 'WT'];

type Editing = { kind: TowsKind; strategy: TowsStrategy | null } | null;

/** The TOWS strategies of one dimension, each built by picking SWOT factors. */
export const TowsMatrix = ({ swot, dimensionName }: { swot: DimensionSwot; dimensionName: string }) => {
  const t = useT();
  const [editing, setEditing] = useState<Editing>(null);
  const headingId = `tows-${swot.dimensionId}`;
  return (
    <section className="card tows-matrix" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('swot.tows.title', { dimension: dimensionName })}
      </h2>
      <p className="card-lead">{t('swot.tows.lead')}</p>
      <div className="tows-grid">
        {LAYOUT.map((kind) => (
          <TowsCell key={kind} kind={kind} swot={swot} onAdd={() => setEditing({ kind, strategy: null })} onEdit={(strategy) => setEditing({ kind: strategy.kind, strategy })} />
        ))}
      </div>
      {editing ? <TowsStrategyDialog kind={editing.kind} strategy={editing.strategy} swot={swot} dimensionName={dimensionName} onClose={() => setEditing(null)} /> : null}
    </section>
  );
};

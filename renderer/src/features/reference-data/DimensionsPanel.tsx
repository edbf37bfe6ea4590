import { useState } from 'react';
import { DimensionSetSchema, type Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { TextCommitField } from '../../forms/TextCommitField';
import { useT } from '../../i18n/i18n-context';
import { AddDimensionDialog } from './AddDimensionDialog';
import { DimensionCard } from './DimensionCard';
import { useReferenceCommands } from './use-reference-commands';

/** The dimension set: its name, every dimension with its elements, and a way to add the region's own. */
export const DimensionsPanel = ({ workshop, readOnly }: { workshop: Workshop; readOnly: boolean }) => {
  const t = useT();
  const commands = useReferenceCommands();
  const [adding, setAdding] = useState(false);
  const set = workshop.dimensionSet;
  return (
    <div className="ref-panel">
      <section className="card form-card" aria-labelledby="dimension-set-heading">
        <h2 id="dimension-set-heading" className="card-title">
          {t('reference-data.set.title')}
        </h2>
        <p className="card-lead">{t('reference-data.set.lead', { dimensions: set.dimensions.length, elements: set.dimensions.reduce((n, d) => n + d.elements.length, 0) })}</p>
        <TextCommitField label={t('reference-data.set.name')} stored={set.name} schema={DimensionSetSchema.shape.name} commit={commands.renameSet} maxLength={200} />
        <p className="ref-note">{t('reference-data.set.codesNote')}</p>
      </section>
      {set.dimensions.map((dimension) => (
        <DimensionCard key={dimension.id} workshop={workshop} dimension={dimension} removable={set.dimensions.length > 1} readOnly={readOnly} />
      ))}
      <div className="button-row">
        <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => setAdding(true)}>
          <Icon name="plus" />
          <span>{t('reference-data.dimension.add')}</span>
        </button>
      </div>
      {adding ? <AddDimensionDialog onClose={() => setAdding(false)} /> : null}
    </div>
  );
};

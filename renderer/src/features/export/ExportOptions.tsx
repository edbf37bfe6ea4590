import { useId, useMemo, useState } from 'react';
import { OPTIONAL_ORDER } from '../../../../shared/document';
import type { ExportSettings, Workshop } from '../../../../shared/model';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { OpdSelect } from '../../components/OpdSelect';

type PaperSize = ExportSettings['paperSize'];
type QuickWinScale = NonNullable<ExportSettings['quickWinScale']>;

/** A choice's name in bold with its hint after it ("A4 210 × 297 mm"). */
const choiceLabel = (name: string, hint: string) => (
  <span className="export-paper-choice">
    <strong>{name}</strong> <span className="muted">{hint}</span>
  </span>
);

interface Props {
  workshop: Workshop;
  opdId: string | null;
  onOpdChange(opdId: string | null): void;
}

/** Paper size and optional chapters are the workshop's export settings (stored, undoable); the OPD choice is only for this export. */
export const ExportOptions = ({ workshop, opdId, onOpdChange }: Props) => {
  const t = useT();
  const session = useSession();
  const opdSelect = useId();
  const opdHint = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const settings = workshop.exportSettings;

  const save = (next: ExportSettings) => {
    const outcome = session.dispatch({ type: 'setExportSettings', settings: next });
    setFailure(outcome.ok ? null : t('export.settingFailed', { message: outcome.message }));
  };

  const programCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of workshop.programs) {
      for (const id of new Set([p.leadOpdId, ...p.supportingOpdIds])) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [workshop.programs]);

  const opds = useMemo(() => [...workshop.opds].sort((a, b) => (a.abbreviation || a.name).localeCompare(b.abbreviation || b.name, 'id')), [workshop.opds]);

  const toggleChapter = (key: ExportSettings['optionalChapters'][number], on: boolean) => {
    const chosen = new Set(settings.optionalChapters);
    if (on) chosen.add(key);
    else chosen.delete(key);
    save({ ...settings, optionalChapters: OPTIONAL_ORDER.filter((k) => chosen.has(k)) });
  };

  return (
    <section className="card export-options" aria-labelledby="export-options-title">
      <h2 className="card-title" id="export-options-title">
        {t('export.options')}
      </h2>
      <div className="export-options-grid">
        <ChoiceGroup<PaperSize>
          legend={t('export.paper')}
          value={settings.paperSize}
          onChange={(paperSize) => save({ ...settings, paperSize })}
          choices={(['A4', 'F4'] as const).map((size) => ({ value: size, label: choiceLabel(t(`export.paper.${size}`), t(`export.paper.${size}.hint`)) }))}
        />
        <ChoiceGroup<QuickWinScale>
          legend={t('export.quickWinScale')}
          value={settings.quickWinScale ?? '1-5'}
          onChange={(quickWinScale) => save({ ...settings, quickWinScale })}
          choices={(['1-5', '0-100'] as const).map((scale) => ({ value: scale, label: choiceLabel(t(`export.quickWinScale.${scale}`), t(`export.quickWinScale.${scale}.hint`)) }))}
        />
        <div className="field">
          <label className="field-label" htmlFor={opdSelect}>
            {t('export.opd')}
          </label>
          <OpdSelect
            id={opdSelect}
            value={opdId}
            opds={opds}
            noneLabel={t('export.opd.all')}
            detail={(opd) => t('export.opd.option', { count: programCounts.get(opd.id) ?? 0 })}
            describedBy={opdHint}
            onChange={onOpdChange}
          />
          <p className="field-hint" id={opdHint}>
            {t('export.opd.hint')}
          </p>
        </div>
        <fieldset className="fieldset export-optional">
          <legend className="field-label">{t('export.optional')}</legend>
          <p className="field-hint">{t('export.optional.hint')}</p>
          <div className="export-optional-list">
            {OPTIONAL_ORDER.map((key) => (
              <label key={key} className="export-check">
                <input type="checkbox" checked={settings.optionalChapters.includes(key)} onChange={(e) => toggleChapter(key, e.target.checked)} />
                <span>{t(`export.optional.${key}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {failure ? (
        <p className="field-message is-error" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
};

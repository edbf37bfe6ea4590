import { useId, useState } from 'react';
import { TOWS_CROSSES, towsPickProblem } from '../../../../shared/logic/tows';
import { TowsStrategySchema, type TowsKind, type TowsStrategy } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { firstMessage } from '../../forms/first-message';
import { wordCodedError } from '../../i18n/error-wording';
import { useT } from '../../i18n/i18n-context';
import type { DimensionSwot } from './use-dimension-swot';
import { useSwotCommands } from './use-swot-commands';

interface Props {
  kind: TowsKind;
  /** The strategy being changed, or null for a new one. */
  strategy: TowsStrategy | null;
  swot: DimensionSwot;
  dimensionName: string;
  onClose(): void;
}

/**
 * Writes a TOWS strategy by picking its SWOT factors (an SO strategy: at least one strength and one
 * opportunity) and writing its text. Nothing is stored until both are right; each gets its own message.
 */
export const TowsStrategyDialog = ({ kind, strategy, swot, dimensionName, onClose }: Props) => {
  const t = useT();
  const { saveStrategy } = useSwotCommands();
  const [first, second] = TOWS_CROSSES[kind];
  // Factors removed since the strategy was written are dropped: the room picks again.
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(strategy?.sourceItemIds.filter((id) => swot.factors.some((f) => f.id === id)) ?? []));
  const [text, setText] = useState(strategy?.text ?? '');
  const [pickMessage, setPickMessage] = useState<string | null>(null);
  const [textMessage, setTextMessage] = useState<string | null>(null);
  const pickMessageId = useId();
  const label = strategy ? (swot.strategyLabels.get(strategy.id) ?? kind) : null;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
    setPickMessage(null);
  };

  const submit = () => {
    // Board order, so the stored sources read S1, S2, O1 whatever order they were ticked in.
    const sourceItemIds = swot.factors.filter((f) => picked.has(f.id)).map((f) => f.id);
    const pickProblem = towsPickProblem(swot.factors, { dimensionId: swot.dimensionId, kind, sourceItemIds });
    const textCheck = TowsStrategySchema.shape.text.safeParse(text);
    setPickMessage(pickProblem ? wordCodedError({ reason: pickProblem.reason, params: pickProblem.params, message: '' }) : null);
    setTextMessage(textCheck.success ? null : (firstMessage(textCheck) ?? null));
    if (pickProblem || !textCheck.success) return;
    const outcome = saveStrategy({ ...(strategy ? { id: strategy.id } : {}), dimensionId: swot.dimensionId, kind, text: textCheck.data, sourceItemIds });
    if (!outcome.ok) {
      setPickMessage(outcome.message);
      return;
    }
    onClose();
  };

  const words = { first: t(`swot.${first}`), second: t(`swot.${second}`) };
  return (
    <Dialog
      title={label ? t('swot.towsDialog.editTitle', { label, dimension: dimensionName }) : t('swot.towsDialog.newTitle', { kind, dimension: dimensionName })}
      description={t('swot.towsDialog.description', words)}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('swot.towsDialog.save')}
          </button>
        </>
      }
    >
      <div className="tows-dialog-body">
        <div className="tows-pick-columns">
          {[first, second].map((quadrant) => {
            const factors = swot.factors.filter((f) => f.quadrant === quadrant);
            return (
              <fieldset key={quadrant} className={`tows-pick quadrant-${quadrant}`} aria-describedby={pickMessage ? pickMessageId : undefined}>
                <legend className="tows-pick-legend">{t(`swot.${quadrant}`)}</legend>
                {factors.length === 0 ? (
                  <p className="muted">{t('swot.towsDialog.noFactors', { quadrant: t(`swot.${quadrant}`) })}</p>
                ) : (
                  factors.map((f) => (
                    <label key={f.id} className="tows-pick-option">
                      <input type="checkbox" checked={picked.has(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} />
                      <span className="tows-origin-chip">{swot.factorLabels.get(f.id) ?? f.quadrant}</span>
                      <span>{f.text}</span>
                    </label>
                  ))
                )}
              </fieldset>
            );
          })}
        </div>
        <p id={pickMessageId} className={`field-message${pickMessage ? ' is-error' : ''}`} role="alert">
          {pickMessage}
        </p>
        <Field label={t('swot.towsDialog.text')} error={textMessage}>
          {({ inputId, describedBy, invalid }) => (
            <textarea
              id={inputId}
              className="input textarea"
              rows={3}
              maxLength={2000}
              value={text}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => {
                setText(e.target.value);
                if (textMessage) setTextMessage(null);
              }}
            />
          )}
        </Field>
      </div>
    </Dialog>
  );
};

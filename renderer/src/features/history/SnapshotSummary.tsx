import type { Workshop } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { countFacts, countLabel, regionText, visionText } from './snapshot-facts';

const VISION_PREVIEW_CHARS = 280;

interface Props {
  /** The workshop as the snapshot holds it. */
  snapshot: Workshop;
  /** The workshop now, to say what differs; null when there is nothing to compare (a damaged file). */
  current: Workshop | null;
}

/** A readable summary of a snapshot: title, region, counts ("12 program (sekarang 15)") and the vision. */
export const SnapshotSummary = ({ snapshot, current }: Props) => {
  const t = useT();
  const facts = countFacts(snapshot, current);
  const region = regionText(snapshot);
  const vision = visionText(snapshot);
  const shownVision = vision.length > VISION_PREVIEW_CHARS ? `${vision.slice(0, VISION_PREVIEW_CHARS - 1)}…` : vision;
  const titleDiffers = current !== null && current.title !== snapshot.title;
  const regionDiffers = current !== null && regionText(current) !== region;
  const visionDiffers = current !== null && visionText(current) !== vision;
  const same = current !== null && !titleDiffers && !regionDiffers && !visionDiffers && facts.every((fact) => fact.now === fact.count);
  return (
    <div className="snapshot-summary">
      <dl className="snapshot-facts">
        <div>
          <dt>{t('history.preview.workshopTitle')}</dt>
          <dd>
            {snapshot.title}
            {titleDiffers ? <span className="snapshot-now">{t('history.preview.nowText', { value: current.title })}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('history.preview.region')}</dt>
          <dd>
            {region || t('region.unnamed')}
            {regionDiffers ? <span className="snapshot-now">{t('history.preview.nowText', { value: regionText(current) || t('region.unnamed') })}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('history.preview.contents')}</dt>
          <dd>
            <ul className="snapshot-counts">
              {facts.map((fact) => (
                <li key={fact.key} className={fact.now !== null && fact.now !== fact.count ? 'is-different' : undefined}>
                  {countLabel(fact, t)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('history.preview.vision')}</dt>
          <dd>
            {shownVision ? <q className="snapshot-vision">{shownVision}</q> : <span className="muted">{t('history.preview.visionEmpty')}</span>}
            {visionDiffers ? <span className="snapshot-now">{t('history.preview.visionDiffers')}</span> : null}
          </dd>
        </div>
      </dl>
      {same ? <p className="snapshot-same">{t('history.preview.sameAsNow')}</p> : null}
    </div>
  );
};

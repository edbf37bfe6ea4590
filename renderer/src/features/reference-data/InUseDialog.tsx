import type { WorksheetId } from '../../../../shared/logic';
import type { ReferenceUse, UseKind } from '../../../../shared/logic/reference-usage';
import { hrefFor } from '../../app/route';
import { Dialog } from '../../components/Dialog';
import type { MessageKey } from '../../i18n/catalogue';
import { useT } from '../../i18n/i18n-context';

/** Where each kind of use is edited, so the facilitator can go and change it. */
const WORKSHEET_OF: Record<UseKind, WorksheetId | null> = {
  program: 'program',
  programLead: 'program',
  programSupport: 'program',
  issue: 'isu',
  swotItem: 'swot',
  towsStrategy: 'swot',
  gapAnalysis: 'kesenjangan',
  mission: 'visi',
  roadmapNote: 'roadmap',
  section: 'bagian',
  commitmentEntry: 'komitmen',
  readinessItem: 'kesiapan',
  rpjmdMapping: 'pemetaan-rpjmd',
  participant: null,
  bimtekAttendee: 'pelaksanaan',
  quickWinStep: 'quick-win',
};

const KIND_LABEL: Record<UseKind, MessageKey> = {
  program: 'reference-data.use.program',
  programLead: 'reference-data.use.programLead',
  programSupport: 'reference-data.use.programSupport',
  issue: 'reference-data.use.issue',
  swotItem: 'reference-data.use.swotItem',
  towsStrategy: 'reference-data.use.towsStrategy',
  gapAnalysis: 'reference-data.use.gapAnalysis',
  mission: 'reference-data.use.mission',
  roadmapNote: 'reference-data.use.roadmapNote',
  section: 'reference-data.use.section',
  commitmentEntry: 'reference-data.use.commitmentEntry',
  readinessItem: 'reference-data.use.readinessItem',
  rpjmdMapping: 'reference-data.use.rpjmdMapping',
  participant: 'reference-data.use.participant',
  bimtekAttendee: 'reference-data.use.bimtekAttendee',
  quickWinStep: 'reference-data.use.quickWinStep',
};

const SHOWN = 12;

interface Props {
  workshopId: string;
  /** "OPD Bappeda tidak dapat dihapus" */
  title: string;
  /** Why, and what to do first. */
  description: string;
  uses: readonly ReferenceUse[];
  onClose(): void;
}

/** Says what still uses a dimension, element, OPD or funding source, with a way to each worksheet concerned. */
export const InUseDialog = ({ workshopId, title, description, uses, onClose }: Props) => {
  const t = useT();
  return (
    <Dialog
      title={title}
      description={description}
      tone="danger"
      onClose={onClose}
      actions={
        <button type="button" className="btn btn-primary" autoFocus onClick={onClose}>
          {t('reference-data.inUse.close')}
        </button>
      }
    >
      <ul className="in-use-list">
        {uses.map((use, index) => {
          // One link per worksheet, on the first kind of use it holds.
          const worksheet = uses.slice(0, index).some((u) => WORKSHEET_OF[u.kind] === WORKSHEET_OF[use.kind]) ? null : WORKSHEET_OF[use.kind];
          return (
            <li key={use.kind}>
              <p className="in-use-kind">
                <strong>{t(KIND_LABEL[use.kind], { count: use.names.length })}</strong>
                {worksheet ? (
                  <>
                    {' · '}
                    <a href={hrefFor({ screen: 'workshop', workshopId, worksheet })} onClick={onClose}>
                      {t('reference-data.inUse.open', { worksheet: t(`worksheets.${worksheet}`) })}
                    </a>
                  </>
                ) : null}
              </p>
              <ul className="in-use-names">
                {use.names.slice(0, SHOWN).map((name, index) => (
                  <li key={`${index}-${name}`}>{name}</li>
                ))}
                {use.names.length > SHOWN ? <li className="muted">{t('reference-data.inUse.more', { count: use.names.length - SHOWN })}</li> : null}
              </ul>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
};

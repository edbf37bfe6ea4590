import type { ProgramProposal } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { GroupChip } from '../room/GroupChip';
import { localName } from '../stage/stage-text';
import { dimensionName, opdOf, programOf } from '../summary/lookups';

interface Props {
  proposal: ProgramProposal;
  readOnly: boolean;
  onDecide(kind: 'accept' | 'merge' | 'decline'): void;
}

/** One proposal: what the group asks for, who sent it, and the facilitator's three decisions (or the one taken). */
export const ProposalCard = ({ proposal: p, readOnly, onDecide }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const element = w.dimensionSet.dimensions.find((d) => d.id === p.dimensionId)?.elements.find((e) => e.id === p.elementId);
  const opd = opdOf(w, p.leadOpdId);
  const program = programOf(w, p.programId);
  const issues = p.issueIds.map((id) => w.issues.find((i) => i.id === id)).filter((i) => i !== undefined);
  const titleId = `proposal-${p.id}`;
  return (
    <li className={`proposal-card is-${p.status}`} aria-labelledby={titleId}>
      <div className="proposal-main">
        <p className="proposal-meta">
          <GroupChip groupId={p.groupId} />
          <span>{dimensionName(w, p.dimensionId, language)}</span>
          {element ? <span>· {element.code} {localName(element, language)}</span> : null}
          {p.proposedBy ? <span>· {t('proposals.by', { name: p.proposedBy })}</span> : null}
        </p>
        <h3 id={titleId} className="proposal-name">
          {p.name}
        </h3>
        {p.description ? <p className="proposal-description">{p.description}</p> : null}
        {opd || issues.length > 0 ? (
          <p className="proposal-links">
            {opd ? <span title={opd.full}>{t('proposals.leadOpd', { opd: opd.short })}</span> : null}
            {issues.length > 0 ? <span>{t('proposals.issues', { issues: issues.map((i) => i.text).join('; ') })}</span> : null}
          </p>
        ) : null}
        {p.status === 'diterima' && program ? (
          <p className="proposal-outcome">
            <Icon name="check" /> {t('proposals.outcome.diterima', { code: program.code, name: program.name })}
          </p>
        ) : null}
        {p.status === 'digabung' && program ? <p className="proposal-outcome">{t('proposals.outcome.digabung', { code: program.code, name: program.name })}</p> : null}
        {(p.status === 'diterima' || p.status === 'digabung') && !program ? <p className="proposal-outcome is-gone">{t('proposals.outcome.programRemoved')}</p> : null}
        {p.status === 'ditolak' ? <p className="proposal-outcome is-declined">{t('proposals.outcome.ditolak', { reason: p.reason })}</p> : null}
      </div>
      {p.status === 'baru' ? (
        <div className="proposal-actions" role="group" aria-label={t('proposals.actions', { name: p.name })}>
          <button type="button" className="btn btn-small btn-primary" disabled={readOnly} aria-label={t('proposals.acceptLabel', { name: p.name })} onClick={() => onDecide('accept')}>
            <Icon name="check" />
            {t('proposals.accept')}
          </button>
          <button type="button" className="btn btn-small btn-secondary" disabled={readOnly} aria-label={t('proposals.mergeLabel', { name: p.name })} onClick={() => onDecide('merge')}>
            <Icon name="merge" />
            {t('proposals.merge')}
          </button>
          <button type="button" className="btn btn-small btn-danger-quiet" disabled={readOnly} aria-label={t('proposals.declineLabel', { name: p.name })} onClick={() => onDecide('decline')}>
            {t('proposals.decline')}
          </button>
        </div>
      ) : (
        <span className={`badge proposal-status is-${p.status}`}>{t(`proposals.status.${p.status}`)}</span>
      )}
    </li>
  );
};

import type { ReactNode } from 'react';
import { groupsDone } from '../../../../../shared/logic/room';
import type { Workshop, WorksheetKey } from '../../../../../shared/model';
import { useT } from '../../../i18n/i18n-context';
import { shortGroupName } from '../../room/group-name';

/**
 * The FGD groups as a row of chips, those that marked the worksheet "Selesai" with a ✓, above the
 * view's cards (nothing when the workshop has no groups).
 */
export const WithGroupsDone = ({ workshop, worksheet, children }: { workshop: Workshop; worksheet: WorksheetKey; children: ReactNode }) => {
  const t = useT();
  if (workshop.groups.length === 0) return <>{children}</>;
  const done = new Set(groupsDone(workshop, worksheet).map((g) => g.id));
  return (
    <div className="panggung-with-groups">
      <div className="panggung-groups-done" role="group" aria-label={t('stage.groupsDone', { done: done.size, total: workshop.groups.length })}>
        <span className="panggung-groups-done-label" aria-hidden="true">
          {t('stage.groupsDone', { done: done.size, total: workshop.groups.length })}
        </span>
        <ul className="panggung-group-chips">
          {workshop.groups.map((g) => (
            <li key={g.id} className={`panggung-group-chip${done.has(g.id) ? ' is-done' : ''}`}>
              {done.has(g.id) ? <span aria-hidden="true">✓ </span> : null}
              <span aria-hidden="true">{shortGroupName(g.name)}</span>
              <span className="visually-hidden">{g.name}</span>
              <span className="visually-hidden">{done.has(g.id) ? ` (${t('stage.groupDone')})` : ` (${t('stage.groupWorking')})`}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="panggung-with-groups-body">{children}</div>
    </div>
  );
};

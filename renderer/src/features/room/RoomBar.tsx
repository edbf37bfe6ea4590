import type { ReactNode } from 'react';
import type { WorksheetKey } from '../../../../shared/model';
import { isWorksheetLocked } from '../../../../shared/logic/room';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { shortGroupName } from './group-name';
import { useRoomCommands } from './use-room-commands';
import './room.css';

interface Props {
  worksheet: WorksheetKey;
  /** The dimension on screen: its groups come first in the "Selesai" row. */
  dimensionId?: string | undefined;
  /** More of the facilitator's tools for the room (Gabungkan duplikat). */
  children?: ReactNode;
}

/**
 * The room on a worksheet the groups write on: whether it is locked for them (with the switch),
 * which groups marked it "Selesai" (the facilitator can set or clear a mark for a group), and the
 * worksheet's own tools for the groups' cards.
 */
export const RoomBar = ({ worksheet, dimensionId, children }: Props) => {
  const t = useT();
  const w = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const { setLock, setDone } = useRoomCommands();
  const locked = isWorksheetLocked(w, worksheet);
  const groups = dimensionId ? [...w.groups.filter((g) => g.dimensionId === dimensionId), ...w.groups.filter((g) => g.dimensionId !== dimensionId)] : w.groups;
  const isDone = (groupId: string) => w.room.done.some((d) => d.groupId === groupId && d.worksheet === worksheet);
  const doneCount = w.groups.filter((g) => isDone(g.id)).length;
  const headingId = `room-bar-${worksheet}`;
  return (
    <section className={`room-bar${locked ? ' is-locked' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('room.bar.title')}
      </h2>
      <div className="room-lock">
        <button
          type="button"
          className={`btn btn-small ${locked ? 'btn-primary' : 'btn-secondary'} room-lock-toggle`}
          aria-pressed={locked}
          disabled={readOnly}
          onClick={() => setLock(worksheet, !locked)}
        >
          <Icon name={locked ? 'lock' : 'unlock'} />
          {t('room.lock.toggle')}
        </button>
        <p className="room-lock-state" role="status">
          <strong>{t(locked ? 'room.lock.locked' : 'room.lock.open')}</strong>
        </p>
      </div>
      {groups.length > 0 ? (
        <div className="room-done" role="group" aria-label={t('room.done.label', { done: doneCount, total: w.groups.length })}>
          <span className="room-done-label" aria-hidden="true">
            {t('room.done.label', { done: doneCount, total: w.groups.length })}
          </span>
          <ul className="room-done-chips">
            {groups.map((g) => {
              const done = isDone(g.id);
              return (
                <li key={g.id}>
                  <button
                    type="button"
                    className={`group-done-chip${done ? ' is-done' : ''}${dimensionId && g.dimensionId === dimensionId ? ' is-here' : ''}`}
                    aria-pressed={done}
                    title={t(done ? 'room.done.clear' : 'room.done.set', { name: g.name })}
                    disabled={readOnly}
                    onClick={() => setDone(g.id, worksheet, !done)}
                  >
                    {done ? <Icon name="check" /> : null}
                    <span aria-hidden="true">{shortGroupName(g.name)}</span>
                    <span className="visually-hidden">{g.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {children ? <div className="room-tools">{children}</div> : null}
    </section>
  );
};

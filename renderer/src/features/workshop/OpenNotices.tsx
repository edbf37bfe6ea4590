import { Icon } from '../../components/Icon';
import { useSessionSnapshot } from '../../session/session-context';

/** What the core said when it opened the workshop (recovered from backup, read-only, migrated…). */
export const OpenNotices = () => {
  const { openNotices } = useSessionSnapshot();
  if (openNotices.length === 0) return null;
  return (
    <div className="open-notices">
      {openNotices.map((notice) => (
        <div key={`${notice.kind}-${notice.message}`} className={`notice ${notice.kind === 'migrated' ? 'notice-info' : 'notice-warning'}`} role="status">
          <Icon name="alert" />
          <p>{notice.message}</p>
        </div>
      ))}
    </div>
  );
};

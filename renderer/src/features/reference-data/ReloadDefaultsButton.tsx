import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { useDefaultLists } from './use-default-lists';

/** "Muat ulang daftar bawaan" for the OPD or the funding list; it spins while the defaults are added back. */
export const ReloadDefaultsButton = ({ list, readOnly }: { list: 'opds' | 'funding'; readOnly: boolean }) => {
  const t = useT();
  const defaults = useDefaultLists();
  const running = defaults.busy === list;
  return (
    <button type="button" className="btn btn-secondary" disabled={readOnly || defaults.busy !== null} onClick={list === 'opds' ? defaults.reloadOpds : defaults.reloadFunding}>
      <Icon name={running ? 'spinner' : 'undo'} className={running ? 'spin' : undefined} />
      <span>{t('reference-data.defaults.reload')}</span>
    </button>
  );
};

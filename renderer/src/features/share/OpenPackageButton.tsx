import { useState } from 'react';
import { navigate } from '../../app/route';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { OpenPackageDialog } from './HandoffDialogs';

/** Beranda: an OPD head opens the package the facilitator gave them, as their own copy of the workshop. */
export const OpenPackageButton = () => {
  const t = useT();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-secondary btn-large" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Icon name="file" />
        <span>{t('handoff.open.title')}</span>
      </button>
      {open ? (
        <OpenPackageDialog
          onClose={() => setOpen(false)}
          onOpened={(workshop, reopened, opd) => {
            setOpen(false);
            toast({ tone: 'success', message: reopened ? t('handoff.open.reopened') : t('handoff.open.opened', { opd, title: workshop.title }) });
            navigate({ screen: 'workshop', workshopId: workshop.id, worksheet: 'bagian' });
          }}
        />
      ) : null}
    </>
  );
};

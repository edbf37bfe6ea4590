import type { SectionStatus } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';

const TONE: Record<SectionStatus | 'missing', string> = { missing: 'section-badge-missing', draft: 'section-badge-draft', review: 'section-badge-review', final: 'section-badge-final' };

/** Draf, Direviu, Final (or "Belum dibuat" for an outline slot nobody has started). */
export const SectionStatusBadge = ({ status }: { status: SectionStatus | 'missing' }) => {
  const t = useT();
  return <span className={`section-badge ${TONE[status]}`}>{status === 'missing' ? t('sections.badge.missing') : t(`sections.status.${status}`)}</span>;
};

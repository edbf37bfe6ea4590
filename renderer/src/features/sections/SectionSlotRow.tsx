import { richDocWordCount } from '../../../../shared/logic/rich-doc';
import type { OutlineSlot } from '../../../../shared/logic/section-outline';
import type { Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { OpdName } from '../summary/SummaryKit';
import { SectionStatusBadge } from './SectionStatusBadge';

/** The id of the button that opens a section, so focus can come back to it from the editor. */
export const openButtonId = (sectionId: string): string => `bagian-buka-${sectionId}`;

/** The id of the "Buat bagian" button of an outline slot nobody has started. */
export const createButtonId = (outlineKey: string): string => `bagian-buat-${outlineKey}`;

const sectionButtonId = (slot: Pick<OutlineSlot, 'outlineKey' | 'section'>): string => (slot.section ? openButtonId(slot.section.id) : createButtonId(slot.outlineKey));

interface Props {
  slot: OutlineSlot;
  workshop: Workshop;
  readOnly: boolean;
  onOpen(sectionId: string): void;
  onCreate(slot: OutlineSlot): void;
}

/** One line of the outline: a section with its owner, status and length, or a slot still to be created. */
export const SectionSlotRow = ({ slot, workshop, readOnly, onOpen, onCreate }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const section = slot.section;
  return (
    <tr className={section ? undefined : 'section-row-missing'}>
      <th scope="row" className="row-title">
        {section?.title ?? slot.title}
      </th>
      <td>{section ? <OpdName workshop={workshop} opdId={section.ownerOpdId} /> : <span className="muted">–</span>}</td>
      <td>
        <SectionStatusBadge status={section?.status ?? 'missing'} />
      </td>
      <td className="num">{section ? formatNumber(richDocWordCount(section.content), language) : '–'}</td>
      <td className="section-actions">
        {section ? (
          <button type="button" id={sectionButtonId(slot)} className="btn btn-small btn-secondary" aria-label={t('sections.open.label', { title: section.title })} onClick={() => onOpen(section.id)}>
            <Icon name="edit" />
            {t('sections.open')}
          </button>
        ) : (
          <button
            type="button"
            id={sectionButtonId(slot)}
            className="btn btn-small btn-secondary"
            aria-label={t('sections.create.label', { title: slot.title })}
            disabled={readOnly}
            onClick={() => onCreate(slot)}
          >
            <Icon name="plus" />
            {t('sections.create')}
          </button>
        )}
      </td>
    </tr>
  );
};

/** The table head shared by both views of the sections. */
export const SectionTableHead = () => {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{t('sections.col.section')}</th>
        <th scope="col">{t('sections.owner')}</th>
        <th scope="col">{t('sections.status')}</th>
        <th scope="col" className="num">
          {t('sections.words')}
        </th>
        <th scope="col">
          <span className="visually-hidden">{t('sections.col.actions')}</span>
        </th>
      </tr>
    </thead>
  );
};

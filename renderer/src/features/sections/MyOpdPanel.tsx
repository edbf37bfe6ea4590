import { formatRupiah } from '../../../../shared/logic';
import type { OutlineGroup, OutlineSlot } from '../../../../shared/logic/section-outline';
import type { Workshop } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName, yearSpan } from '../summary/lookups';
import { SectionSlotRow, SectionTableHead } from './SectionSlotRow';
import { useMyOpd } from './use-my-opd';
import { OpdSelect } from '../../components/OpdSelect';

interface Props {
  workshop: Workshop;
  outline: readonly OutlineGroup[];
  readOnly: boolean;
  onOpen(sectionId: string): void;
  onCreate(slot: OutlineSlot): void;
}

const budgetTotal = (budget: readonly { amount: number }[]): number => budget.reduce((sum, line) => sum + line.amount, 0);

/** "OPD saya": one office's share of the masterplan, the sections it drafts and the programs it leads. */
export const MyOpdPanel = ({ workshop, outline, readOnly, onOpen, onCreate }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const [opdId, setOpdId] = useMyOpd(workshop.id, workshop.opds);
  const opd = workshop.opds.find((o) => o.id === opdId) ?? null;
  const slots = opd ? outline.flatMap((g) => g.slots).filter((s) => s.section?.ownerOpdId === opd.id) : [];
  const programs = opd ? workshop.programs.filter((p) => p.leadOpdId === opd.id) : [];
  const total = programs.reduce((sum, p) => sum + budgetTotal(p.budget), 0);

  return (
    <>
      <Field label={t('sections.mine.choose')} hint={t('sections.mine.hint')} className="my-opd-choice">
        {({ inputId, describedBy }) => (
          <OpdSelect id={inputId} value={opdId} opds={workshop.opds} noneLabel={t('sections.mine.choosePlaceholder')} describedBy={describedBy} onChange={setOpdId} />
        )}
      </Field>
      {!opd ? (
        <p className="empty-note">{t('sections.mine.pick')}</p>
      ) : (
        <>
          <h3 className="block-title" id="my-opd-sections">
            {t('sections.mine.sections', { opd: opd.abbreviation, count: slots.length })}
          </h3>
          {slots.length === 0 ? (
            <p className="empty-note">{t('sections.mine.noSections')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table section-table" aria-labelledby="my-opd-sections">
                <SectionTableHead />
                <tbody>
                  {slots.map((slot) => (
                    <SectionSlotRow key={slot.section?.id ?? slot.outlineKey} slot={slot} workshop={workshop} readOnly={readOnly} onOpen={onOpen} onCreate={onCreate} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3 className="block-title my-opd-programs-title" id="my-opd-programs">
            {t('sections.mine.programs', { opd: opd.abbreviation, count: programs.length })}
          </h3>
          {programs.length === 0 ? (
            <p className="empty-note">{t('sections.mine.noPrograms')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" aria-labelledby="my-opd-programs">
                <thead>
                  <tr>
                    <th scope="col">{t('sections.program.code')}</th>
                    <th scope="col">{t('sections.program.name')}</th>
                    <th scope="col">{t('sections.program.dimension')}</th>
                    <th scope="col">{t('sections.program.years')}</th>
                    <th scope="col" className="num">
                      {t('sections.program.budget')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {programs.map((p) => (
                    <tr key={p.id}>
                      <td className="nowrap code">{p.code}</td>
                      <th scope="row" className="row-title">
                        {p.name}
                      </th>
                      <td>{dimensionName(workshop, p.dimensionId, language)}</td>
                      <td className="nowrap">{yearSpan(p.years) || '–'}</td>
                      <td className="num">{formatRupiah(budgetTotal(p.budget), language)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="my-opd-total">
                    <th scope="row" colSpan={4}>
                      {t('sections.program.total')}
                    </th>
                    <td className="num">{formatRupiah(total, language)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
};

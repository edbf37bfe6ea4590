import { formatTanggal } from '../../../../shared/logic';
import type { Workshop } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';

/**
 * The lembar komitmen as it is printed and signed: statement, one line per OPD with room for a
 * signature, then place and date and the regional head who acknowledges it. The sheet itself is in
 * Indonesian whatever the screen language, because the signed paper is.
 */
export const CommitmentSheetView = ({ workshop, headingLevel = 3 }: { workshop: Workshop; headingLevel?: 2 | 3 }) => {
  const t = useT();
  const c = workshop.commitment;
  const region = workshop.region.name.trim() || '……………';
  const opdName = (opdId: string | null) => workshop.opds.find((o) => o.id === opdId)?.name ?? '';
  const head = workshop.region.regionalHead;
  const headTitle = head.title.trim() || (workshop.region.kind === 'kota' ? 'Wali Kota' : 'Bupati');
  const placeDate = t('commitment.sheet.placeDate', {
    place: c.place.trim() || t('commitment.sheet.blankPlace'),
    date: c.date ? formatTanggal(c.date) : t('commitment.sheet.blankDate', { year: workshop.horizon.startYear }),
  });
  const Title = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <div className="commitment-sheet" lang="id">
      <header className="commitment-sheet-header">
        <Title className="commitment-sheet-title">{t('commitment.sheet.title')}</Title>
        <p className="commitment-sheet-subtitle">{t('commitment.sheet.subtitle', { region })}</p>
      </header>
      {c.statement.trim() ? (
        <div className="commitment-sheet-statement">
          {c.statement
            .split(/\n+/)
            .filter((line) => line.trim() !== '')
            .map((line, i) => (
              <p key={i}>{line}</p>
            ))}
        </div>
      ) : null}
      <table className="commitment-sheet-table">
        <thead>
          <tr>
            <th scope="col" className="sheet-col-number">
              {t('commitment.sheet.col.number')}
            </th>
            <th scope="col" className="sheet-col-opd">
              {t('commitment.sheet.col.opd')}
            </th>
            <th scope="col" className="sheet-col-official">
              {t('commitment.sheet.col.official')}
            </th>
            <th scope="col">{t('commitment.sheet.col.commitment')}</th>
            <th scope="col" className="sheet-col-signature">
              {t('commitment.sheet.col.signature')}
            </th>
          </tr>
        </thead>
        <tbody>
          {c.entries.length === 0 ? (
            <tr>
              <td colSpan={5} className="commitment-sheet-empty">
                {t('commitment.sheet.noEntries')}
              </td>
            </tr>
          ) : (
            c.entries.map((e, i) => (
              <tr key={e.id}>
                <td className="sheet-col-number">{i + 1}</td>
                <td>{opdName(e.opdId)}</td>
                <td>
                  <span className="sheet-official-name">{e.headName.trim() || '……………………'}</span>
                  <span className="sheet-official-title">{e.headTitle}</span>
                </td>
                <td>{e.commitment}</td>
                <td className="sheet-col-signature">
                  <span className="sheet-signature-line" aria-hidden="true">
                    {i + 1}.
                  </span>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <div className="commitment-sheet-closing">
        <p>{placeDate}</p>
        <p>{t('commitment.sheet.knownBy')}</p>
        <p className="sheet-head-title">{t('commitment.sheet.headTitleOf', { title: headTitle, region: region.replace(/^(Kabupaten|Kota)\s+/i, '') })}</p>
        <div className="sheet-head-signature" aria-hidden="true" />
        <p className="sheet-head-name">{head.name.trim() || '……………………………'}</p>
      </div>
    </div>
  );
};

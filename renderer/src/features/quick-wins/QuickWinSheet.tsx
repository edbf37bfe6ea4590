import { memo, useMemo } from 'react';
import { z } from 'zod';
import { formatRupiah } from '../../../../shared/logic';
import { shownAcronym } from '../../../../shared/logic/program-acronym';
import { findElement, type Program, type QuickWinCandidate, type Workshop } from '../../../../shared/model';
import { TextCommitField } from '../../forms/TextCommitField';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName } from '../summary/lookups';
import { programLabel } from './candidate-order';
import { ProgressField } from './ProgressField';
import { QuarterPlan } from './QuarterPlan';
import { useQuickWinCommands } from './use-quick-win-commands';

interface Props {
  workshop: Workshop;
  candidate: QuickWinCandidate;
  program: Program;
}

/** Lembar quick win (reference §6.3): what the program matrix says about it, and the plan for its first year. */
const Sheet = ({ workshop: w, candidate, program }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const { updateCandidate } = useQuickWinCommands();
  const textSchema = useMemo(() => z.string().max(5000, t('quick-wins.sheet.textTooLong')), [t]);
  const problemSchema = useMemo(() => z.string().max(2000, t('quick-wins.sheet.problemTooLong')), [t]);
  const headingId = `qw-sheet-${candidate.id}`;
  const element = findElement(w.dimensionSet, program.elementId)?.element;
  const opd = (id: string) => w.opds.find((o) => o.id === id)?.abbreviation ?? id;
  const total = program.budget.reduce((sum, line) => sum + line.amount, 0);
  const sources = program.funding.map((f) => w.fundingSources.find((s) => s.id === f.sourceId)?.name ?? f.sourceId);
  const budget = [total > 0 ? formatRupiah(total, language) : '', sources.join(', ')].filter((s) => s !== '').join(' · ');
  const facts: Array<[string, string]> = [
    [t('quick-wins.sheet.dimension'), [dimensionName(w, program.dimensionId, language), element?.nameId].filter(Boolean).join(' / ')],
    [t('quick-wins.sheet.leadOpd'), program.leadOpdId ? opd(program.leadOpdId) : t('summary.noOpd')],
    [t('quick-wins.sheet.supporting'), program.supportingOpdIds.map(opd).join(', ') || '–'],
    [t('quick-wins.sheet.beneficiaries'), program.beneficiaries.trim() || '–'],
    [t('quick-wins.sheet.budget'), budget || '–'],
    ...(candidate.overrideReason.trim() ? [[t('quick-wins.sheet.reason'), candidate.overrideReason.trim()] as [string, string]] : []),
  ];
  const setSheet = (patch: Partial<QuickWinCandidate['sheet']>) => updateCandidate(candidate.id, (c) => ({ ...c, sheet: { ...c.sheet, ...patch } }));
  const acronym = shownAcronym(program);

  return (
    <article className="qw-sheet" aria-labelledby={headingId}>
      <h3 id={headingId} className="qw-sheet-title">
        <span className="code">{program.code}</span> {program.name}
        {acronym ? <span className="qw-acronym"> ({acronym})</span> : null}
      </h3>
      <dl className="qw-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <TextCommitField
        label={t('quick-wins.sheet.problem')}
        stored={candidate.sheet.problem}
        schema={problemSchema}
        commit={(problem) => setSheet({ problem })}
        multiline
        rows={2}
      />
      <QuarterPlan candidate={candidate} workshop={w} programLabel={programLabel(program)} defaultOpdId={program.leadOpdId} />
      <div className="qw-sheet-fields">
        <TextCommitField
          label={t('quick-wins.sheet.indicators')}
          stored={candidate.sheet.indicators}
          schema={textSchema}
          commit={(indicators) => setSheet({ indicators })}
          multiline
          rows={3}
        />
        <TextCommitField label={t('quick-wins.sheet.risks')} stored={candidate.sheet.risks} schema={textSchema} commit={(risks) => setSheet({ risks })} multiline rows={3} />
      </div>
      <ProgressField candidateId={candidate.id} stored={candidate.sheet.progress} />
    </article>
  );
};

/** A sheet only redraws when its own candidate, program or the lists it names (dimensions, OPDs, funding) change. */
export const QuickWinSheet = memo(
  Sheet,
  (a, b) =>
    a.candidate === b.candidate &&
    a.program === b.program &&
    a.workshop.dimensionSet === b.workshop.dimensionSet &&
    a.workshop.opds === b.workshop.opds &&
    a.workshop.fundingSources === b.workshop.fundingSources,
);

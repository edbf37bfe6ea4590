import { useEffect } from 'react';
import type { Program, Workshop } from '../../../../../shared/model';
import { Drawer } from '../../../components/Drawer';
import { useT } from '../../../i18n/i18n-context';
import type { ProgramLookups } from '../program-lookups';
import type { ProgramCommands } from '../use-program-commands';
import { ActorsSection } from './ActorsSection';
import { DeliverySection } from './DeliverySection';
import { IdentitySection } from './IdentitySection';
import { IndicatorsSection } from './IndicatorsSection';
import { InnovationSection } from './InnovationSection';
import { IssuesSection } from './IssuesSection';
import { LinksSection } from './LinksSection';
import { ResultsSection } from './ResultsSection';
import type { SectionProps } from './section-props';
import { ScheduleSection } from './ScheduleSection';

interface Props {
  programId: string;
  workshop: Workshop;
  lookups: ProgramLookups;
  commands: ProgramCommands;
  readOnly: boolean;
  /** The programs in the order the matrix shows them, for "previous" and "next". */
  order: readonly Program[];
  onOpen(programId: string): void;
  onClose(): void;
}

/** Rincian program: every field of the matriks program (reference §5), saved field by field. */
export const ProgramDrawer = ({ programId, workshop, lookups, commands, readOnly, order, onOpen, onClose }: Props) => {
  const t = useT();
  const program = workshop.programs.find((p) => p.id === programId);
  // Deleted (or undone) while open: nothing left to show.
  useEffect(() => {
    if (!program) onClose();
  }, [program, onClose]);
  if (!program) return null;

  const position = order.findIndex((p) => p.id === programId);
  const previous = position > 0 ? order[position - 1] : undefined;
  const next = position >= 0 ? order[position + 1] : undefined;
  const props: SectionProps = {
    program,
    workshop,
    lookups,
    change: (patch) => commands.update(programId, (latest) => ({ ...latest, ...patch })),
    update: (change) => commands.update(programId, change),
    saveYears: (years) => commands.saveYears(programId, years),
  };

  return (
    <Drawer
      eyebrow={
        <>
          {program.code}
          {position >= 0 ? <span className="drawer-position"> · {t('programs.drawer.position', { n: position + 1, total: order.length })}</span> : null}
        </>
      }
      title={program.name}
      closeLabel={t('programs.drawer.close')}
      onClose={onClose}
      tools={
        <>
          <button type="button" className="btn btn-secondary btn-small" disabled={!previous} onClick={() => previous && onOpen(previous.id)} aria-label={t('programs.drawer.previous')}>
            <span aria-hidden="true">‹</span>
          </button>
          <button type="button" className="btn btn-secondary btn-small" disabled={!next} onClick={() => next && onOpen(next.id)} aria-label={t('programs.drawer.next')}>
            <span aria-hidden="true">›</span>
          </button>
        </>
      }
    >
      {/* Keyed by program, so a field's draft never carries over to the next program. */}
      <fieldset key={program.id} className="worksheet-form drawer-form" disabled={readOnly}>
        <legend className="visually-hidden">{t('programs.drawer.title')}</legend>
        <IdentitySection {...props} />
        <IssuesSection {...props} />
        <LinksSection {...props} />
        <InnovationSection {...props} />
        <ActorsSection {...props} />
        <ResultsSection {...props} />
        <IndicatorsSection {...props} />
        <ScheduleSection {...props} />
        <DeliverySection {...props} />
      </fieldset>
    </Drawer>
  );
};

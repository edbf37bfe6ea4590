import { useMemo } from 'react';
import { z } from 'zod';
import { roadmapGantt } from '../../../../shared/document/diagrams';
import { programsInRoadmapOrder } from '../../../../shared/logic/roadmap-rows';
import { planEndYear, planYears, type Dimension, type Workshop } from '../../../../shared/model';
import { MermaidDiagram } from '../../components/MermaidDiagram';
import { TextCommitField } from '../../forms/TextCommitField';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName } from '../summary/lookups';
import { RoadmapTable } from './RoadmapTable';
import { OPEN_GROUPS_UP_TO, useOpenGroups } from './use-open-groups';
import { useRoadmapCommands } from './use-roadmap-commands';

/** One dimension's roadmap: the room's note, the Gantt chart and the plain table it is drawn from. */
export const DimensionPanel = ({ workshop, dimension, readOnly }: { workshop: Workshop; dimension: Dimension; readOnly: boolean }) => {
  const t = useT();
  const { language } = useLanguage();
  const { setNote } = useRoadmapCommands();
  const name = dimensionName(workshop, dimension.id, language);
  const noteSchema = useMemo(() => z.string().max(5000, t('roadmap.note.tooLong')), [t]);
  const { programs, horizon } = workshop;
  const gantt = useMemo(() => roadmapGantt(dimension, programsInRoadmapOrder(dimension, programs), planYears(horizon)), [dimension, programs, horizon]);
  const tableId = `roadmap-table-${dimension.id}`;
  const note = workshop.roadmap.notes.find((n) => n.dimensionId === dimension.id)?.text ?? '';
  // A dimension with many programs draws a chart taller than several screens: it starts folded (the table below says the same).
  const programCount = useMemo(() => programs.filter((p) => p.dimensionId === dimension.id).length, [programs, dimension.id]);
  const { isOpen, setOpen } = useOpenGroups(`roadmap-gantt.${workshop.id}`, programCount <= OPEN_GROUPS_UP_TO);
  const ganttOpen = isOpen(dimension.id);
  const ganttId = `roadmap-gantt-${dimension.id}`;

  return (
    <div className="roadmap-dimension">
      <h3 className="roadmap-dimension-title">{name}</h3>
      <fieldset className="fieldset" disabled={readOnly}>
        <TextCommitField
          label={t('roadmap.note.label', { dimension: name })}
          hint={t('roadmap.note.hint')}
          stored={note}
          schema={noteSchema}
          commit={(text) => setNote(dimension.id, text)}
          multiline
          rows={3}
        />
      </fieldset>
      {gantt && programCount > OPEN_GROUPS_UP_TO ? (
        <button type="button" className="btn btn-secondary btn-small roadmap-gantt-toggle" aria-expanded={ganttOpen} aria-controls={ganttId} onClick={() => setOpen([dimension.id], !ganttOpen)}>
          {ganttOpen ? t('roadmap.gantt.hide') : t('roadmap.gantt.show', { count: programCount })}
        </button>
      ) : null}
      <figure className="roadmap-figure" id={ganttId} hidden={!ganttOpen}>
        {!ganttOpen ? null : gantt ? (
          <MermaidDiagram
            source={gantt.source}
            label={t('roadmap.gantt.label', { dimension: name, start: horizon.startYear, end: planEndYear(horizon) })}
            describedBy={tableId}
            downloadName={`peta-jalan-${dimension.id}`}
            messages={{
              rendering: t('roadmap.diagram.rendering'),
              failed: t('roadmap.diagram.failed'),
              failedDetail: t('roadmap.diagram.failedDetail'),
              savePng: t('roadmap.diagram.savePng'),
              savingPng: t('roadmap.diagram.savingPng'),
              savePngFailed: t('roadmap.diagram.savePngFailed'),
            }}
          />
        ) : (
          <p className="empty-note">{t('roadmap.gantt.empty')}</p>
        )}
      </figure>
      <RoadmapTable id={tableId} workshop={workshop} dimension={dimension} dimensionLabel={name} readOnly={readOnly} />
    </div>
  );
};

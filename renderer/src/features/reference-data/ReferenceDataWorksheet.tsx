import { useState } from 'react';
import { DimensionTabs } from '../../components/DimensionTabs';
import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { DimensionsPanel } from './DimensionsPanel';
import { FundingPanel } from './FundingPanel';
import { GroupsPanel } from '../room/GroupsPanel';
import { OpdPanel } from './OpdPanel';
import './reference-data.css';

const PARTS = ['dimensi', 'opd', 'dana', 'kelompok'] as const;
type Part = (typeof PARTS)[number];
const isPart = (id: string): id is Part => (PARTS as readonly string[]).includes(id);

/** Data Rujukan: the workshop's own dimensions and elements, OPD list, funding sources and FGD groups. */
export const ReferenceDataWorksheet = () => {
  const t = useT();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const [part, setPart] = useState<Part>('dimensi');
  const tabs = [
    { id: 'dimensi', label: t('reference-data.tab.dimensions'), count: workshop.dimensionSet.dimensions.length, countLabel: t('reference-data.tab.dimensionsCount', { count: workshop.dimensionSet.dimensions.length }) },
    { id: 'opd', label: t('reference-data.tab.opds'), count: workshop.opds.length, countLabel: t('reference-data.tab.opdsCount', { count: workshop.opds.length }) },
    { id: 'dana', label: t('reference-data.tab.funding'), count: workshop.fundingSources.length, countLabel: t('reference-data.tab.fundingCount', { count: workshop.fundingSources.length }) },
    { id: 'kelompok', label: t('room.groups.tab'), count: workshop.groups.length, countLabel: t('room.groups.tabCount', { count: workshop.groups.length }) },
  ];
  return (
    <DimensionTabs label={t('reference-data.tab.label')} tabs={tabs} selectedId={part} onSelect={(id) => isPart(id) && setPart(id)}>
      <fieldset className="worksheet-form" disabled={readOnly}>
        <legend className="visually-hidden">{tabs.find((tab) => tab.id === part)?.label}</legend>
        {part === 'dimensi' ? <DimensionsPanel workshop={workshop} readOnly={readOnly} /> : null}
        {part === 'opd' ? <OpdPanel workshop={workshop} readOnly={readOnly} /> : null}
        {part === 'dana' ? <FundingPanel workshop={workshop} readOnly={readOnly} /> : null}
        {part === 'kelompok' ? <GroupsPanel workshop={workshop} readOnly={readOnly} /> : null}
      </fieldset>
    </DimensionTabs>
  );
};

import type { Dimension, Opd, Program } from '../model';
import type { DiagramSpec } from './model';
import { diagramText, tableAlternative, validateDiagramSource } from './diagrams';
import { DIAGRAM_PALETTE } from './svg-draw';
import { cell, columns, row } from './tables';

/**
 * The smart city's institutions as a mermaid flowchart (BAB VIII, Kelembagaan): the regional head directs the Dewan
 * Smart City (steering council), which steers the Tim Pelaksana (working team), which coordinates the OPDs leading
 * each dimension's programs. Boxes and arrows is what mermaid lays out well; the data-dense diagrams (Gantt, quadrant,
 * map of dimensions) are drawn as SVG here in shared/document for exact placement. Only a string is built: the app and
 * the export's Chromium draw it with the shared settings (mermaid-config.ts).
 */

export const GOVERNANCE_CHART_ID = 'kelembagaan-smart-city';

/** At most this many lead OPDs named per dimension; the rest are counted. */
const MAX_OPDS = 5;

export interface GovernanceDimension {
  dimension: Dimension;
  /** Lead OPDs of the dimension's programs, the one leading most programs first. */
  leads: readonly Opd[];
}

/** Lead OPDs per dimension, by the number of programs each leads there (then by name). */
export const dimensionLeads = (dimensions: readonly Dimension[], programs: readonly Program[], opds: readonly Opd[]): GovernanceDimension[] => {
  const byId = new Map(opds.map((o) => [o.id, o]));
  return dimensions.map((dimension) => {
    const counts = new Map<string, number>();
    for (const p of programs) if (p.dimensionId === dimension.id && p.leadOpdId && byId.has(p.leadOpdId)) counts.set(p.leadOpdId, (counts.get(p.leadOpdId) ?? 0) + 1);
    const leads = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (byId.get(a[0])?.abbreviation ?? '').localeCompare(byId.get(b[0])?.abbreviation ?? '', 'id'))
      .flatMap(([id]) => byId.get(id) ?? []);
    return { dimension, leads };
  });
};

const opdLabel = (opd: Opd): string => diagramText(opd.abbreviation || opd.name, 24);

const leadsLabel = (leads: readonly Opd[]): string => {
  const named = leads.slice(0, MAX_OPDS).map(opdLabel).filter(Boolean);
  const more = leads.length - named.length;
  return `${named.join(', ')}${more > 0 ? ` dan ${more} OPD lain` : ''}`;
};

/** The chart, or null when no dimension has a program with a lead OPD (nothing for the team to coordinate yet). */
export const governanceChart = (headTitle: string, perDimension: readonly GovernanceDimension[]): DiagramSpec | null => {
  const led = perDimension.filter((d) => d.leads.length > 0);
  if (led.length === 0) return null;
  const title = 'Struktur kelembagaan smart city';
  const head = diagramText(headTitle, 40) || 'Kepala Daerah';
  const lines = [
    'flowchart LR',
    `  kepala["${head}"]`,
    '  dewan["Dewan Smart City · pengarah"]',
    '  tim["Tim Pelaksana Smart City · koordinator"]',
    '  kepala --> dewan',
    '  dewan --> tim',
  ];
  led.forEach(({ dimension, leads }, index) => {
    lines.push(`  d${index + 1}["${diagramText(dimension.nameId, 32) || '-'} · ${leadsLabel(leads)}"]`);
    lines.push(`  tim --> d${index + 1}`);
  });
  // The head's box in the app's primary colour; the others take the theme's soft fill (mermaid-config.ts).
  lines.push(`  classDef lead fill:${DIAGRAM_PALETTE.primary},stroke:${DIAGRAM_PALETTE.primaryStrong},color:#ffffff`, '  class kepala lead');
  const alternative = tableAlternative(columns(['Unsur', 4], ['Peran', 8]), [
    row([cell(head), cell('Mengarahkan Dewan Smart City dan menetapkan masterplan')]),
    row([cell('Dewan Smart City'), cell('Membina dan mengarahkan Tim Pelaksana')]),
    row([cell('Tim Pelaksana Smart City'), cell('Mengoordinasikan OPD pelaksana program per dimensi')]),
    ...led.map(({ dimension, leads }) => row([cell(diagramText(dimension.nameId, 60) || '-'), cell(`OPD penanggung jawab program: ${leadsLabel(leads)}`)])),
  ]);
  return { ...validateDiagramSource({ id: GOVERNANCE_CHART_ID, kind: 'flowchart', title, source: lines.join('\n') }), alternative };
};

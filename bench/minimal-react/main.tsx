import { createRoot } from 'react-dom/client';
import { formatRupiah } from '../../shared/logic/rupiah';
import type { Workshop } from '../../shared/model';

/*
 * The floor for "one renderer and a JSON contract" (bench/serve.ts): React and nothing else. It fetches the
 * same `workshop.open` the app does, as soon as it runs, and draws the first 24 programs with the static
 * table's columns. No contract check, no shell, no stepper: what the app's first matrix row could cost at least.
 */

const ROWS = 24;

const opened = fetch('./api/workshop.open', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ workshopId: new URLSearchParams(location.search).get('workshop') ?? '' }),
}).then((response) => response.json() as Promise<{ workshop: Workshop }>);

const Matrix = ({ workshop }: { workshop: Workshop }) => {
  const opd = new Map(workshop.opds.map((o) => [o.id, o.abbreviation || o.name]));
  return (
    <table className="program-table">
      <thead>
        <tr>
          <th>Kode</th>
          <th>Program</th>
          <th>OPD</th>
          <th>Tahun</th>
          <th>Anggaran</th>
          <th>Quick win</th>
        </tr>
      </thead>
      <tbody>
        {workshop.programs.slice(0, ROWS).map((p) => (
          <tr key={p.id} data-program-id={p.id}>
            <td>{p.code}</td>
            <td>{p.name}</td>
            <td>{opd.get(p.leadOpdId ?? '') ?? ''}</td>
            <td>{p.years.length > 0 ? `${p.years[0]}–${p.years[p.years.length - 1]}` : ''}</td>
            <td>{formatRupiah(p.budget.reduce((sum, b) => sum + b.amount, 0))}</td>
            <td>{p.quickWin ? 'Ya' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

void opened.then(({ workshop }) => createRoot(document.getElementById('root')!).render(<Matrix workshop={workshop} />));

/*
 * `npm run bench`: runs every bench and prints its table. Measures, asserts nothing.
 * Add a bench by writing bench/<name>.ts that exports a function returning its rows,
 * and listing it below.
 */
import { printTable, type BenchRow } from './measure';
import { benchShare } from './share';
import { benchStore } from './store';
import { benchProgramMatrix } from './program-matrix';
import { benchExport } from './export';
import { benchExcelImport } from './excel-import';
import { benchServe } from './serve';
import { benchRoom } from './room';
import { benchApp } from './app';

const BENCHES: { title: string; run: () => Promise<BenchRow[]> }[] = [
  { title: 'Penyimpanan lokakarya (store)', run: benchStore },
  { title: 'Matriks program di Chromium (800 program)', run: benchProgramMatrix },
  { title: 'Berbagi di jaringan lokal (80 peserta)', run: benchShare },
  { title: 'Ekspor Word (export): 50, 200 dan 800 program', run: benchExport },
  { title: 'Impor program Excel/CSV: bom zip dan 800 program', run: benchExcelImport },
  { title: 'Ruang Bimtek (room): 80 ponsel bergabung, menulis kartu dan memilih dalam 10 detik', run: benchRoom },
  { title: 'Melayani lewat hotspot (serve): byte per perangkat, matriks 800 program vs tabel HTML statis', run: benchServe },
  { title: 'Aplikasi terpasang (app): app.asar, dependensi produksi, mulai dingin sampai jendela pertama', run: benchApp },
];

const only = process.argv.slice(2);
console.log(`Node ${process.version} on ${process.platform}/${process.arch}`);
for (const bench of BENCHES) {
  if (only.length > 0 && !only.some((name) => bench.title.toLowerCase().includes(name.toLowerCase()))) continue;
  printTable(bench.title, await bench.run());
}

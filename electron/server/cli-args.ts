import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 5178;
export const DEFAULT_HOST = '127.0.0.1';

export interface CliOptions {
  port: number;
  host: string;
  /** Undefined: the per-user default data folder. */
  dataDir: string | undefined;
  seedDemo: boolean;
  help: boolean;
  /** `--share`: also share a workshop on the room's network (present only when given). */
  share?: true;
  /** `--workshop ID`: which workshop `--share` shares (default: the most recently changed). */
  workshopId?: string;
  /** `--share-port N`: the participants' port for `--share` (default: the app's port + 1, e.g. 5179). */
  sharePort?: number;
}

export const USAGE = `Pemakaian: npm run web -- [--port N] [--data FOLDER] [--host ALAMAT] [--no-demo] [--share [--workshop ID] [--share-port N]]

  --port N        port HTTP (bawaan ${DEFAULT_PORT}; 0 = pilih port kosong)
  --data FOLDER   folder data lokakarya (bawaan: folder data pengguna)
  --host ALAMAT   alamat antarmuka (bawaan ${DEFAULT_HOST}; hanya komputer ini)
  --no-demo       jangan buat lokakarya contoh pada folder data yang masih kosong
  --share         bagikan lokakarya di jaringan lokal: cetak alamat, kode bergabung dan kode QR
  --workshop ID   lokakarya yang dibagikan dengan --share (bawaan: yang terakhir diubah)
  --share-port N  port untuk peserta dengan --share (bawaan: port aplikasi + 1, yaitu 5179; 0 = pilih port kosong)
  --help          tampilkan bantuan ini`;

export class CliUsageError extends Error {}

const parsePort = (raw: string | undefined): number => {
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port > 65_535) {
    throw new CliUsageError(`Port tidak sah: ${raw} (harus bilangan 0–65535).`);
  }
  return port;
};

/** Reads `--port`, `--data`, `--host`, `--no-demo` (both `--port 5178` and `--port=5178`). */
export const parseCliArgs = (argv: readonly string[]): CliOptions => {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        host: { type: 'string' },
        'no-demo': { type: 'boolean' },
        share: { type: 'boolean' },
        workshop: { type: 'string' },
        'share-port': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliUsageError(`Pilihan tidak dikenal atau tidak lengkap: ${(error as Error).message}`);
  }
  const host = values.host?.trim();
  if (host === '') throw new CliUsageError('Alamat --host tidak boleh kosong.');
  const dataDir = values.data?.trim();
  if (dataDir === '') throw new CliUsageError('Folder --data tidak boleh kosong.');
  const workshopId = values.workshop?.trim();
  if (workshopId === '') throw new CliUsageError('ID --workshop tidak boleh kosong.');
  if (workshopId !== undefined && values.share !== true) throw new CliUsageError('--workshop hanya dipakai bersama --share.');
  if (values['share-port'] !== undefined && values.share !== true) throw new CliUsageError('--share-port hanya dipakai bersama --share.');
  const sharePort = values['share-port'] === undefined ? undefined : parsePort(values['share-port']);
  return {
    port: parsePort(values.port),
    host: host ?? DEFAULT_HOST,
    dataDir,
    seedDemo: values['no-demo'] !== true,
    help: values.help === true,
    ...(values.share === true ? { share: true as const } : {}),
    ...(workshopId !== undefined ? { workshopId } : {}),
    ...(sharePort !== undefined ? { sharePort } : {}),
  };
};

import QRCode from 'qrcode';
import type { Handlers, ShareStatus } from '../../shared/contract';
import { displayJoinCode } from '../services/share';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** Where `--share` listens: every LAN interface unless `--host` named one; `--share-port`, else the port after the app's. */
export const shareBinding = (host: string, port: number, sharePort?: number): { host: string; port: number } => ({
  host: LOOPBACK_HOSTS.has(host) ? '0.0.0.0' : host,
  port: sharePort ?? (port === 0 || port >= 65_535 ? 0 : port + 1),
});

/** The workshop `--share` shares: the one named, or the most recently changed one that can be edited. */
export const workshopToShare = async (handlers: Handlers, named: string | undefined): Promise<string | null> => {
  if (named !== undefined) return named;
  const { workshops } = await handlers['workshops.list']({});
  return workshops.find((w) => w.status === 'ok')?.id ?? null;
};

const clock = (iso: string): string => new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });

/** What the terminal shows participants: the address, the join code, and the address as a QR code. */
export const describeShareForTerminal = async (status: ShareStatus): Promise<string[]> => {
  if (!status.active || !status.code) return ['Berbagi di jaringan lokal tidak aktif.'];
  const [first, ...others] = status.urls;
  const lines = [
    '',
    `Berbagi di jaringan lokal: «${status.workshopTitle ?? ''}»`,
    `  Alamat untuk peserta: ${first ?? '-'}`,
    ...others.map((url) => `                       ${url}`),
    `  Kode bergabung:       ${displayJoinCode(status.code)}${status.codeExpiresAt ? ` (berlaku sampai pukul ${clock(status.codeExpiresAt)})` : ''}`,
    `  Peserta paling banyak ${status.participantCap}. Kode baru dan pencabutan akses: menu Bagikan di aplikasi fasilitator.`,
  ];
  if (first) lines.push('', await QRCode.toString(first, { type: 'terminal', small: true }));
  return lines;
};

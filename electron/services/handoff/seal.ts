import { createHash } from 'node:crypto';
import { checksumText, type HandoffPackage, type UnsealedPackage } from '../../../shared/handoff';

/** `sha256:<hex>` over the canonical JSON of the envelope without its checksum. */
export const packageChecksum = (envelope: Readonly<Record<string, unknown>>): string =>
  `sha256:${createHash('sha256').update(checksumText(envelope), 'utf8').digest('hex')}`;

/** Adds the checksum and writes the package as the text of a file. */
export const sealPackage = <P extends HandoffPackage>(unsealed: UnsealedPackage<P>): { pkg: P; text: string } => {
  const pkg = { ...unsealed, checksum: packageChecksum(unsealed) } as P;
  return { pkg, text: `${JSON.stringify(pkg, null, 2)}\n` };
};

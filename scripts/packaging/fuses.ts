import type { Configuration } from 'electron-builder';

type FuseOptionsV1 = NonNullable<Configuration['electronFuses']>;

/**
 * Electron fuses flipped in the packaged binary at build time (electron-builder's `electronFuses`,
 * which runs @electron/fuses right after packing and before signing). A fuse is a bit inside the
 * executable itself: it cannot be switched back by an environment variable or a command-line flag.
 *
 * - runAsNode off: `ELECTRON_RUN_AS_NODE=1 "Masterplan Smart City.exe" evil.js` no longer runs any
 *   script with the app's identity (the app never forks Node; the Excel reader is a worker thread).
 * - enableNodeOptionsEnvironmentVariable off: NODE_OPTIONS / NODE_EXTRA_CA_CERTS are ignored.
 * - enableNodeCliInspectArguments off: `--inspect`, `--inspect-brk` and SIGUSR1 open no debugger.
 * - enableCookieEncryption on: the cookie store on disk is encrypted with the OS key (one-way).
 * - enableEmbeddedAsarIntegrityValidation on + onlyLoadAppFromAsar on: the app loads only from
 *   `app.asar`, whose header hash is embedded in the executable at build time, so an edited
 *   app.asar (or an `app/` folder dropped beside it) is refused (Windows and macOS).
 * - grantFileProtocolExtraPrivileges off: the app serves its pages from `app://`, never `file://`.
 */
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies FuseOptionsV1;

import type { Configuration } from 'electron-builder';
import { PACKAGE_EXTENSION } from './electron/services/handoff/file-names';
import { ELECTRON_FUSES } from './scripts/packaging/fuses';

/**
 * Packaging for the facilitator's laptop (`npm run dist`; CI: .github/workflows/release.yml).
 *
 * electron-builder rather than Electron Forge: one declarative file gives every target the issue asks
 * for — NSIS per-user installer with a folder choice and an Indonesian UI, a portable .exe, AppImage,
 * .deb and dmg — plus file associations, signing from CSC_LINK / WIN_CSC_LINK when a certificate
 * exists, and build-time fuses (`electronFuses`, with the ASAR integrity hash embedded for Windows and
 * macOS). Forge would need a maker per target and its fuses plugin, and has no portable .exe.
 *
 * Name and version come from package.json (`productName`, `version`). The app is fully bundled by
 * electron-vite (main, preload and renderer in out/, `externalizeDeps: false`), so app.asar holds out/
 * and package.json and NO node_modules: every runtime dependency is already inside out/. The asar
 * contents are checked by test/integration/packaging/app-asar.test.ts.
 */
export const ICONS = {
  /** The one source every size is made from (`node scripts/make-icons.mjs`). */
  source: 'resources/icon.svg',
  windows: 'resources/icons/icon.ico',
  /** 1024×1024: electron-builder makes the macOS .icns from it on the mac runner. */
  mac: 'resources/icons/icon.png',
  /** A folder of NxN.png for AppImage and .deb (hicolor theme sizes). */
  linux: 'resources/icons/png',
} as const;

/** What goes into app.asar, relative to the project; `!` excludes (electron-builder `files` syntax). */
// out/export is the headless `npm run export` script (scripts/build-export.mjs), not part of the app.
export const APP_FILES = ['out/**/*', '!out/**/*.map', '!out/export/**/*', '!**/node_modules/**/*', 'package.json'] as const;

const config: Configuration = {
  appId: 'id.masterplan-smart-city.desktop',
  productName: 'Masterplan Smart City',
  executableName: 'masterplan-smart-city',
  copyright: 'Masterplan Smart City',
  directories: { output: 'dist', buildResources: 'resources/icons' },
  files: [...APP_FILES],
  asar: true,
  // Everything runtime-relevant is bundled; nothing native to rebuild.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  electronFuses: ELECTRON_FUSES,
  fileAssociations: [
    {
      ext: PACKAGE_EXTENSION,
      name: 'Paket OPD Masterplan Smart City',
      description: 'Paket OPD Masterplan Smart City (serah-terima fasilitator dan OPD)',
      mimeType: 'application/x-masterplan-paket-opd',
      role: 'Editor',
    },
  ],
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    icon: ICONS.windows,
    // Signing: electron-builder signs when CSC_LINK + CSC_KEY_PASSWORD (or WIN_CSC_LINK +
    // WIN_CSC_KEY_PASSWORD) name a .pfx certificate; without them the build is unsigned.
    signAndEditExecutable: true,
  },
  nsis: {
    // Per-user: installs under %LOCALAPPDATA%\Programs without admin rights (resources/installer.nsh skips
    // the per-user / all-users page); the folder can be changed.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['id_ID'],
    language: '1057',
    multiLanguageInstaller: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Masterplan Smart City',
    // Uninstalling keeps the workshops (the data folder is the user's, not the program's).
    deleteAppDataOnUninstall: false,
    installerIcon: ICONS.windows,
    uninstallerIcon: ICONS.windows,
    include: 'resources/installer.nsh',
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  portable: {
    artifactName: '${productName}-Portable-${version}.${ext}',
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: ICONS.linux,
    category: 'Office',
    maintainer: 'Masterplan Smart City <masterplan-smart-city@users.noreply.github.com>',
    synopsis: 'Bimtek penyusunan Masterplan Smart City kabupaten/kota, luring',
    artifactName: '${name}-${version}-${arch}.${ext}',
  },
  deb: { packageCategory: 'office' },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: ICONS.mac,
    category: 'public.app-category.productivity',
  },
  dmg: { title: '${productName} ${version}' },
  publish: null,
};

export default config;

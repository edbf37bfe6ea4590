import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/bridge';

/** A workshop listed under Berkas › Terbaru. */
export interface RecentWorkshop {
  id: string;
  title: string;
}

export type SendMenuCommand = (command: MenuCommand, workshopId?: string) => void;

/**
 * The native menu, in Bahasa Indonesia. Pure: returns a template; clicks only call `send`,
 * which forwards the command to the renderer (IPC_CHANNELS.menu). Editing and zoom use
 * Electron roles so they act on the focused text field.
 *
 * Undo/redo show their shortcut but do not capture it (`registerAccelerator: false`): the
 * keystroke reaches the page, which knows whether a text editor (its own undo) or the
 * workshop (command undo) has focus, exactly as in browser mode.
 */
export const buildMenuTemplate = (send: SendMenuCommand, isMac: boolean, recent: readonly RecentWorkshop[] = []): MenuItemConstructorOptions[] => {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'Belum ada lokakarya', enabled: false }]
      : recent.map((workshop) => ({ label: workshop.title, click: () => send('open-workshop', workshop.id) }));

  const file: MenuItemConstructorOptions = {
    label: 'Berkas',
    submenu: [
      { label: 'Baru', accelerator: 'CmdOrCtrl+N', click: () => send('new-workshop') },
      { label: 'Buka…', accelerator: 'CmdOrCtrl+O', click: () => send('open-home') },
      { label: 'Terbaru', submenu: recentItems },
      { type: 'separator' },
      { label: 'Ekspor…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: 'Keluar', role: 'quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Sunting',
    submenu: [
      { label: 'Urungkan', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send('undo') },
      { label: 'Ulangi', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', registerAccelerator: false, click: () => send('redo') },
      { type: 'separator' },
      { label: 'Potong', role: 'cut' },
      { label: 'Salin', role: 'copy' },
      { label: 'Tempel', role: 'paste' },
      { label: 'Pilih Semua', role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'Tampilan',
    submenu: [
      { label: 'Mode proyektor', accelerator: 'F11', click: () => send('projector') },
      // Second shortcut for the same command (one accelerator per item): hidden, still active.
      { label: 'Mode proyektor', accelerator: 'CmdOrCtrl+Shift+P', visible: false, acceleratorWorksWhenHidden: true, click: () => send('projector') },
      { type: 'separator' },
      { label: 'Perbesar', role: 'zoomIn' },
      { label: 'Perkecil', role: 'zoomOut' },
      { label: 'Ukuran asli', role: 'resetZoom' },
      { type: 'separator' },
      { label: 'Bahasa: Indonesia / English', click: () => send('toggle-language') },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Bantuan',
    role: 'help',
    submenu: [{ label: 'Tentang Masterplan Smart City', role: 'about' }],
  };

  const macApp: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...macApp, file, edit, view, help];
};

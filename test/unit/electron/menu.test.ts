import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MenuCommandSchema, type MenuCommand } from '../../../shared/contract/bridge';
import { buildMenuTemplate, type RecentWorkshop } from '../../../electron/main/menu';

interface Sent {
  command: MenuCommand;
  workshopId?: string;
}

const build = (isMac = false, recent: RecentWorkshop[] = []) => {
  const sent: Sent[] = [];
  const template = buildMenuTemplate((command, workshopId) => sent.push(workshopId === undefined ? { command } : { command, workshopId }), isMac, recent);
  return { template, sent };
};

const submenuOf = (template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no menu ${label}`);
  return menu.submenu;
};

const item = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions => {
  const found = items.find((entry) => entry.label === label && entry.visible !== false);
  if (!found) throw new Error(`no item ${label}`);
  return found;
};

const click = (entry: MenuItemConstructorOptions): void => {
  const handler = entry.click as (() => void) | undefined;
  if (!handler) throw new Error(`${entry.label} has no click`);
  handler();
};

describe('the native menu, in Bahasa Indonesia', () => {
  it('has Berkas, Sunting, Tampilan and Bantuan', () => {
    expect(build().template.map((menu) => menu.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  });

  it('Berkas starts a workshop, opens the list, exports and quits with the usual shortcuts', () => {
    const { template, sent } = build();
    const file = submenuOf(template, 'Berkas');
    expect(item(file, 'Baru').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Buka…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Ekspor…').accelerator).toBe('CmdOrCtrl+E');
    expect(item(file, 'Keluar')).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    click(item(file, 'Baru'));
    click(item(file, 'Buka…'));
    click(item(file, 'Ekspor…'));
    expect(sent).toEqual([{ command: 'new-workshop' }, { command: 'open-home' }, { command: 'export' }]);
  });

  it('Terbaru lists recent workshops and opens the one clicked', () => {
    const { template, sent } = build(false, [
      { id: 'kab-sleman-2026', title: 'Masterplan Kabupaten Sleman' },
      { id: 'kota-ambon', title: 'Masterplan Kota Ambon' },
    ]);
    const recent = item(submenuOf(template, 'Berkas'), 'Terbaru').submenu as MenuItemConstructorOptions[];
    expect(recent.map((entry) => entry.label)).toEqual(['Masterplan Kabupaten Sleman', 'Masterplan Kota Ambon']);
    click(item(recent, 'Masterplan Kota Ambon'));
    expect(sent).toEqual([{ command: 'open-workshop', workshopId: 'kota-ambon' }]);
  });

  it('Terbaru says so when there is no workshop yet', () => {
    const recent = item(submenuOf(build().template, 'Berkas'), 'Terbaru').submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'Belum ada lokakarya', enabled: false }]);
  });

  it('Sunting undoes and redoes workshop changes and edits text with native roles', () => {
    const { template, sent } = build();
    const edit = submenuOf(template, 'Sunting');
    expect(item(edit, 'Urungkan').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(edit, 'Ulangi').accelerator).toBe('Ctrl+Y');
    click(item(edit, 'Urungkan'));
    click(item(edit, 'Ulangi'));
    expect(sent).toEqual([{ command: 'undo' }, { command: 'redo' }]);
    expect(['Potong', 'Salin', 'Tempel', 'Pilih Semua'].map((label) => item(edit, label).role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('undo/redo leave the keystroke to the page, so a text editor keeps its own undo', () => {
    const edit = submenuOf(build().template, 'Sunting');
    expect(item(edit, 'Urungkan').registerAccelerator).toBe(false);
    expect(item(edit, 'Ulangi').registerAccelerator).toBe(false);
  });

  it('Tampilan switches projector mode with F11 or Ctrl+Shift+P, zooms, and toggles the language', () => {
    const { template, sent } = build();
    const view = submenuOf(template, 'Tampilan');
    const projector = view.filter((entry) => entry.label === 'Mode proyektor');
    expect(projector.map((entry) => entry.accelerator)).toEqual(['F11', 'CmdOrCtrl+Shift+P']);
    projector.forEach(click);
    click(item(view, 'Bahasa: Indonesia / English'));
    expect(sent).toEqual([{ command: 'projector' }, { command: 'projector' }, { command: 'toggle-language' }]);
    expect(['Perbesar', 'Perkecil', 'Ukuran asli'].map((label) => item(view, label).role)).toEqual(['zoomIn', 'zoomOut', 'resetZoom']);
  });

  it('Bantuan shows Tentang', () => {
    expect(item(submenuOf(build().template, 'Bantuan'), 'Tentang Masterplan Smart City').role).toBe('about');
  });

  it('on macOS adds the application menu, which already holds quitting, and uses Cmd+Shift+Z for redo', () => {
    const { template } = build(true);
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(submenuOf(template, 'Berkas').some((entry) => entry.label === 'Keluar')).toBe(false);
    expect(item(submenuOf(template, 'Sunting'), 'Ulangi').accelerator).toBe('Cmd+Shift+Z');
  });

  it('only ever sends commands the renderer accepts', () => {
    const { template, sent } = build(false, [{ id: 'w1', title: 'W' }]);
    const visit = (items: MenuItemConstructorOptions[]): void => {
      for (const entry of items) {
        if (entry.click) click(entry);
        if (Array.isArray(entry.submenu)) visit(entry.submenu);
      }
    };
    visit(template);
    expect(sent.length).toBeGreaterThan(0);
    for (const { command } of sent) expect(MenuCommandSchema.safeParse(command).success).toBe(true);
  });
});

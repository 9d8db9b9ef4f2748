// Ui: menus recorded as a tree, alerts and prompts answered from a script, sidebars and dialogs recorded with their HTML.
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import { createHtmlService } from '../../../local/services/html';
import { Button, createUi } from '../../../local/services/ui';

function setup() {
  const counter = new CallCounter();
  const clock = new Clock();
  const { ui, controls } = createUi({ counter, clock });
  const HtmlService = createHtmlService({ counter, clock, files: { Sidebar: '<h1>ĐVHT</h1>' } });
  return { ui, controls, counter, HtmlService };
}

describe('menus', () => {
  test('onOpen-style menus are recorded as a tree with captions and function names', () => {
    const { ui, controls } = setup();
    ui.createMenu('ĐVHT')
      .addItem('Đánh giá đơn vị', 'menuDanhGia')
      .addSeparator()
      .addSubMenu(ui.createMenu('Báo cáo').addItem('Xuất hồ sơ', 'menuXuatHoSo'))
      .addItem('Mở thanh bên', 'showSidebar')
      .addToUi();
    expect(controls.menus).toEqual([
      {
        caption: 'ĐVHT',
        addon: false,
        items: [
          { kind: 'item', caption: 'Đánh giá đơn vị', functionName: 'menuDanhGia' },
          { kind: 'separator' },
          { kind: 'submenu', caption: 'Báo cáo', items: [{ kind: 'item', caption: 'Xuất hồ sơ', functionName: 'menuXuatHoSo' }] },
          { kind: 'item', caption: 'Mở thanh bên', functionName: 'showSidebar' },
        ],
      },
    ]);
    expect(controls.menuFunction('ĐVHT', 'Báo cáo', 'Xuất hồ sơ')).toBe('menuXuatHoSo');
    expect(controls.menuFunction('ĐVHT', 'Không có')).toBeUndefined();
    expect(controls.menuItems().map((i) => i.path.join(' > '))).toEqual([
      'ĐVHT > Đánh giá đơn vị',
      'ĐVHT > Báo cáo > Xuất hồ sơ',
      'ĐVHT > Mở thanh bên',
    ]);
  });

  test('what is added after addToUi is not shown until addToUi runs again; re-adding replaces the menu', () => {
    const { ui, controls } = setup();
    const menu = ui.createMenu('ĐVHT').addItem('A', 'a');
    menu.addToUi();
    menu.addItem('B', 'b');
    expect(controls.menus[0].items).toHaveLength(1);
    menu.addToUi();
    expect(controls.menus).toHaveLength(1);
    expect(controls.menus[0].items).toHaveLength(2);
  });

  test('the add-on menu is captioned with the add-on name', () => {
    const { ui, controls } = setup();
    ui.createAddonMenu().addItem('Bắt đầu', 'start').addToUi();
    expect(controls.menus[0]).toMatchObject({ caption: 'ĐVHT', addon: true });
  });

  test('wrong argument types are rejected like Apps Script does', () => {
    const { ui } = setup();
    expect(() => ui.createMenu('X').addItem('A', undefined as unknown as string)).toThrow(
      "The parameters (String,undefined) don't match the method signature for Menu.addItem.",
    );
  });

  test('each builder call counts once', () => {
    const { ui, counter } = setup();
    ui.createMenu('M').addItem('a', 'a').addItem('b', 'b').addSeparator().addToUi();
    expect(counter.snapshot()).toEqual({
      'Ui.Menu.addItem': 2,
      'Ui.Menu.addSeparator': 1,
      'Ui.Menu.addToUi': 1,
      'Ui.Ui.createMenu': 1,
    });
  });
});

describe('alert and prompt', () => {
  test('alert returns OK by default and records its three forms', () => {
    const { ui, controls } = setup();
    expect(ui.alert('Đã lưu.')).toBe(ui.Button.OK);
    controls.queueAlertResponse(Button.NO, 'YES');
    expect(ui.alert('Ghi đè?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Xác nhận', 'Xóa dữ liệu cũ?', ui.ButtonSet.YES_NO_CANCEL)).toBe(Button.YES);
    expect(controls.alerts.map(({ atMs: _, ...a }) => a)).toEqual([
      { title: null, prompt: 'Đã lưu.', buttons: 'OK', response: 'OK' },
      { title: null, prompt: 'Ghi đè?', buttons: 'YES_NO', response: 'NO' },
      { title: 'Xác nhận', prompt: 'Xóa dữ liệu cũ?', buttons: 'YES_NO_CANCEL', response: 'YES' },
    ]);
    expect(String(ui.Button.CANCEL)).toBe('CANCEL');
  });

  test('alert rejects arguments that match no signature', () => {
    const { ui } = setup();
    expect(() => (ui.alert as (...a: unknown[]) => unknown)('a', 'b')).toThrow(
      "The parameters (String,String) don't match the method signature for Ui.alert.",
    );
    expect(() => (ui.alert as (...a: unknown[]) => unknown)('a', Button.OK)).toThrow('Ui.alert');
  });

  test('prompt returns the scripted text and button', () => {
    const { ui, controls } = setup();
    controls.queuePromptResponse({ text: 'THCS Bình Minh', button: 'OK' }, { button: Button.CANCEL });
    const first = ui.prompt('Tên đơn vị?', ui.ButtonSet.OK_CANCEL);
    expect(first.getResponseText()).toBe('THCS Bình Minh');
    expect(first.getSelectedButton()).toBe(ui.Button.OK);
    const second = ui.prompt('Tiêu đề', 'Tên đơn vị?', ui.ButtonSet.OK_CANCEL);
    expect(second.getSelectedButton()).toBe(Button.CANCEL);
    expect(second.getResponseText()).toBe('');
    expect(ui.prompt('Mặc định').getSelectedButton()).toBe(Button.OK);
    expect(controls.prompts[0]).toMatchObject({ prompt: 'Tên đơn vị?', buttons: 'OK_CANCEL', responseText: 'THCS Bình Minh' });
  });
});

describe('sidebars and dialogs', () => {
  test('showSidebar records the HTML content and title', () => {
    const { ui, controls, HtmlService } = setup();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Đơn vị học tập'));
    expect(controls.lastSidebar()).toMatchObject({ content: '<h1>ĐVHT</h1>', title: 'Đơn vị học tập' });
  });

  test('modal and modeless dialogs record their title argument and size', () => {
    const { ui, controls, HtmlService, counter } = setup();
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>Đang xử lý…</p>').setWidth(400).setHeight(120), 'Vui lòng chờ');
    ui.showModelessDialog(HtmlService.createHtmlOutput('<p>x</p>'), 'Ghi chú');
    expect(controls.dialogs.map(({ atMs: _, ...d }) => d)).toEqual([
      { modal: true, title: 'Vui lòng chờ', content: '<p>Đang xử lý…</p>', width: 400, height: 120 },
      { modal: false, title: 'Ghi chú', content: '<p>x</p>', width: null, height: null },
    ]);
    // Reading the HTML to record it is not a user call.
    expect(counter.get('HtmlService.HtmlOutput.getContent')).toBe(0);
  });

  test('reset forgets everything', () => {
    const { ui, controls } = setup();
    ui.alert('x');
    ui.createMenu('M').addToUi();
    controls.reset();
    expect(controls.alerts).toEqual([]);
    expect(controls.menus).toEqual([]);
  });
});

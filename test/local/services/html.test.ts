// HtmlService: HtmlOutput setters, files, escaping, and templates with <?= ?>, <?!= ?> and <? ?> scriptlets.
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import { compileTemplate, createHtmlService } from '../../../local/services/html';

const FILES = {
  Sidebar: '<!DOCTYPE html><html><head><?!= include("Styles") ?></head><body><h1><?= truong ?></h1></body></html>',
  Styles: '<style>h1{color:#1a73e8}</style>',
  List: '<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>',
};

function setup(globals?: object) {
  const counter = new CallCounter();
  const HtmlService = createHtmlService({ counter, clock: new Clock(), files: FILES, globals });
  return { HtmlService, counter };
}

describe('HtmlOutput', () => {
  test('setters chain and getters read back', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('<p>Xin chào</p>')
      .setTitle('ĐVHT')
      .setWidth(300)
      .setHeight(600)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .addMetaTag('viewport', 'width=device-width, initial-scale=1');
    expect(out.getContent()).toBe('<p>Xin chào</p>');
    expect(out.getTitle()).toBe('ĐVHT');
    expect(out.getWidth()).toBe(300);
    expect(out.getHeight()).toBe(600);
    expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([['viewport', 'width=device-width, initial-scale=1']]);
    expect(() => out.addMetaTag('author', 'x')).toThrow();
  });

  test('append adds raw HTML, appendUntrusted escapes it, setContent and clear replace it', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput();
    expect(out.getContent()).toBe('');
    out.append('<b>Đạt</b>').appendUntrusted('<script>alert("x")</script> & \'y\'');
    expect(out.getContent()).toBe('<b>Đạt</b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(out.setContent('<i>mới</i>').getContent()).toBe('<i>mới</i>');
    expect(out.clear().getContent()).toBe('');
  });

  test('files are found by name with or without .html; a missing one throws', () => {
    const { HtmlService } = setup();
    expect(HtmlService.createHtmlOutputFromFile('Styles').getContent()).toBe(FILES.Styles);
    expect(HtmlService.createHtmlOutputFromFile('Styles.html').getContent()).toBe(FILES.Styles);
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  test('getBlob is text/html with the content', () => {
    const { HtmlService } = setup();
    const blob = HtmlService.createHtmlOutput('<p>ả</p>').getBlob();
    expect(blob.getContentType()).toBe('text/html');
    expect(blob.getDataAsString()).toBe('<p>ả</p>');
  });
});

describe('HtmlTemplate', () => {
  test('<?= ?> escapes, <?!= ?> does not', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('<p><?= value ?></p><div><?!= value ?></div>');
    t.value = '<script>alert(1)</script>';
    expect(t.evaluate().getContent()).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><div><script>alert(1)</script></div>');
  });

  test('<? ?> scriptlets run code: loops over template properties', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplateFromFile('List');
    t.items = ['6A', '6B & 6C', '<7A>'];
    expect(t.evaluate().getContent()).toBe('<ul><li>6A</li><li>6B &amp; 6C</li><li>&lt;7A&gt;</li></ul>');
  });

  test('scriptlets reach the script globals (an include() helper) and template text is never code', () => {
    const globals = {
      include(name: string): string {
        return setup().HtmlService.createHtmlOutputFromFile(name).getContent();
      },
    };
    const { HtmlService } = setup(globals);
    const t = HtmlService.createTemplateFromFile('Sidebar');
    t.truong = 'THCS Bình Minh';
    expect(t.evaluate().getContent()).toBe(
      '<!DOCTYPE html><html><head><style>h1{color:#1a73e8}</style></head><body><h1>THCS Bình Minh</h1></body></html>',
    );
    const tricky = HtmlService.createTemplate('`${process.exit(1)}` "\\n" </script> <?= 1 + 1; ?>');
    expect(tricky.evaluate().getContent()).toBe('`${process.exit(1)}` "\\n" </script> 2');
  });

  test('output inside a scriptlet is the HtmlOutput being built', () => {
    const { HtmlService } = setup();
    expect(HtmlService.createTemplate('a<? output.append("<b>b</b>"); output.appendUntrusted("<c>") ?>d').evaluate().getContent()).toBe(
      'a<b>b</b>&lt;c&gt;d',
    );
  });

  test('a global or property named output does not hide the output being built', () => {
    const { HtmlService } = setup({ output: 'global', __text: null });
    const t = HtmlService.createTemplate('x<? output.append("y") ?>z');
    t.output = 'property';
    expect(t.evaluate().getContent()).toBe('xyz');
  });

  test('an undefined name throws a ReferenceError, as in Apps Script', () => {
    const { HtmlService } = setup();
    expect(() => HtmlService.createTemplate('<?= chuaCo ?>').evaluate()).toThrow(ReferenceError);
  });

  test('an unterminated scriptlet is an error; raw content and code are available', () => {
    const { HtmlService } = setup();
    expect(() => HtmlService.createTemplate('<p><?= x </p>')).toThrow('Unterminated scriptlet');
    const t = HtmlService.createTemplate('<b><?= x ?></b>');
    expect(t.getRawContent()).toBe('<b><?= x ?></b>');
    expect(t.getCode()).toBe(compileTemplate('<b><?= x ?></b>'));
    expect(HtmlService.createHtmlOutput('<i><?= 1 ?></i>').asTemplate().evaluate().getContent()).toBe('<i>1</i>');
  });

  test('template properties may use any name, even the names of its methods', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('<?= service ?>-<?= code ?>');
    t.service = 'S';
    t.code = 'C';
    expect(t.evaluate().getContent()).toBe('S-C');
  });

  test('evaluate counts once however many scriptlets run', () => {
    const { HtmlService, counter } = setup();
    const t = HtmlService.createTemplateFromFile('List');
    t.items = [1, 2, 3, 4];
    t.evaluate();
    expect(counter.snapshot()).toEqual({
      'HtmlService.HtmlService.createTemplateFromFile': 1,
      'HtmlService.HtmlTemplate.evaluate': 1,
    });
  });
});

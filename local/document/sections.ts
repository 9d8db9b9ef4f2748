// Document sections: the Body (with page size, margins and default text style) and the header and footer sections.
import { gasError } from '../services/support';
import { int, isNumber, signatureError } from './args';
import { BlockContainer } from './container';
import type { DocContext } from './context';
import type { FakeDocument } from './document';
import { FakePageBreak, FakeParagraph } from './paragraph';
import { EMPTY_STYLE, ParsedAttributes, TextStyle, hasKeys, patchStyle, textAttributes } from './style';

type GBody = GoogleAppsScript.Document.Body;

/** Page geometry in points. Google Docs' defaults are US Letter (612 × 792 pt) with 1-inch (72 pt) margins. */
export interface PageSetup {
  pageWidth: number;
  pageHeight: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export const DEFAULT_PAGE: Readonly<PageSetup> = Object.freeze({
  pageWidth: 612,
  pageHeight: 792,
  marginTop: 72,
  marginBottom: 72,
  marginLeft: 72,
  marginRight: 72,
});

abstract class FakeSection extends BlockContainer {
  protected readonly isSection = true;

  constructor(ctx: DocContext, readonly doc: FakeDocument | null) {
    super(ctx);
    this._appendChild(new FakeParagraph(ctx));
  }

  _ownDocument(): FakeDocument | null {
    return this.doc;
  }

  protected ownAttributes(_parsed: ParsedAttributes): void {}

  protected ownAttributeValues(): Record<string, unknown> {
    return {};
  }

  protected copyChildrenTo(target: FakeSection): void {
    for (const c of target._children.splice(0)) c.parent = null;
    for (const c of this._children) target._appendChild(c._clone());
  }
}

export class FakeBody extends FakeSection implements Pick<GBody, 'getMarginTop' | 'getPageWidth' | 'getNumChildren'> {
  readonly cls = 'Body';
  readonly typeName = 'BODY_SECTION' as const;
  readonly page: PageSetup = { ...DEFAULT_PAGE };
  /** Text attributes set on the whole body: the document's default run style for everything inside. */
  defaults: TextStyle = EMPTY_STYLE;

  _clone(): FakeBody {
    const b = new FakeBody(this.ctx, null);
    Object.assign(b.page, this.page);
    b.defaults = this.defaults;
    this.copyChildrenTo(b);
    return b;
  }

  protected ownAttributes(parsed: ParsedAttributes): void {
    Object.assign(this.page, parsed.page);
    if (hasKeys(parsed.text)) this.defaults = patchStyle(this.defaults, parsed.text);
  }

  protected ownAttributeValues(): Record<string, unknown> {
    const p = this.page;
    return {
      ...textAttributes(this.defaults),
      MARGIN_TOP: p.marginTop, MARGIN_BOTTOM: p.marginBottom, MARGIN_LEFT: p.marginLeft, MARGIN_RIGHT: p.marginRight,
      PAGE_WIDTH: p.pageWidth, PAGE_HEIGHT: p.pageHeight,
    };
  }

  private pageSetter(method: string, key: keyof PageSetup, args: ArrayLike<unknown>): GBody {
    this.c(method);
    const v = args[0];
    if (!isNumber(v)) throw signatureError(`Body.${method}`, args);
    if (v < 0 || ((key === 'pageWidth' || key === 'pageHeight') && v === 0)) {
      throw gasError(`Invalid argument: ${key}`);
    }
    this._mut();
    this.page[key] = v;
    return this.g(this);
  }

  getMarginTop(): number { this.c('getMarginTop'); return this.page.marginTop; }
  getMarginBottom(): number { this.c('getMarginBottom'); return this.page.marginBottom; }
  getMarginLeft(): number { this.c('getMarginLeft'); return this.page.marginLeft; }
  getMarginRight(): number { this.c('getMarginRight'); return this.page.marginRight; }
  getPageWidth(): number { this.c('getPageWidth'); return this.page.pageWidth; }
  getPageHeight(): number { this.c('getPageHeight'); return this.page.pageHeight; }
  setMarginTop(_v: number): GBody { return this.pageSetter('setMarginTop', 'marginTop', arguments); }
  setMarginBottom(_v: number): GBody { return this.pageSetter('setMarginBottom', 'marginBottom', arguments); }
  setMarginLeft(_v: number): GBody { return this.pageSetter('setMarginLeft', 'marginLeft', arguments); }
  setMarginRight(_v: number): GBody { return this.pageSetter('setMarginRight', 'marginRight', arguments); }
  setPageWidth(_v: number): GBody { return this.pageSetter('setPageWidth', 'pageWidth', arguments); }
  setPageHeight(_v: number): GBody { return this.pageSetter('setPageHeight', 'pageHeight', arguments); }

  /** A page break sits in a new paragraph of its own (PageBreak is never a direct child of the body); it is returned. */
  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak): GoogleAppsScript.Document.PageBreak {
    this.c('appendPageBreak');
    return this.g(this.pageBreakAt(this._children.length, pageBreak, arguments));
  }

  insertPageBreak(childIndex: number, pageBreak?: GoogleAppsScript.Document.PageBreak | null): GoogleAppsScript.Document.PageBreak {
    this.c('insertPageBreak');
    const i = int(childIndex, 'Body.insertPageBreak', arguments);
    return this.g(this.pageBreakAt(i, pageBreak, arguments));
  }

  private pageBreakAt(index: number, pageBreak: unknown, args: ArrayLike<unknown>): FakePageBreak {
    this._mut();
    const pb = pageBreak ? pageBreak : new FakePageBreak(this.ctx);
    if (!(pb instanceof FakePageBreak)) throw signatureError('Body.appendPageBreak', args);
    if (pb.parent) throw gasError('Element must be detached.');
    const p = new FakeParagraph(this.ctx);
    p._appendChild(pb);
    this.insertBlock(index, p);
    return pb;
  }
}

export class FakeHeaderSection extends FakeSection {
  readonly cls = 'HeaderSection';
  readonly typeName = 'HEADER_SECTION' as const;

  _clone(): FakeHeaderSection {
    const h = new FakeHeaderSection(this.ctx, null);
    this.copyChildrenTo(h);
    return h;
  }
}

export class FakeFooterSection extends FakeSection {
  readonly cls = 'FooterSection';
  readonly typeName = 'FOOTER_SECTION' as const;

  _clone(): FakeFooterSection {
    const f = new FakeFooterSection(this.ctx, null);
    this.copyChildrenTo(f);
    return f;
  }
}

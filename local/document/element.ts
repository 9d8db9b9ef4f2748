// Base classes of the in-memory document tree: Element plumbing (type, parent, siblings, as*, removal) and parents.
import { gasError } from '../services/support';
import { checkChildIndex, int, signatureError } from './args';
import type { DocContext } from './context';
import type { FakeDocument } from './document';
import { ElementType, ElementTypeName } from './enums';
import { attributeMap } from './style';

type GElement = GoogleAppsScript.Document.Element;
type GContainer = GoogleAppsScript.Document.ContainerElement;

export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';

/** Apps Script's "as" casts, each allowed on exactly one element type. */
const CASTS: Record<string, ElementTypeName> = {
  asBody: 'BODY_SECTION', asFooterSection: 'FOOTER_SECTION', asHeaderSection: 'HEADER_SECTION',
  asHorizontalRule: 'HORIZONTAL_RULE', asListItem: 'LIST_ITEM', asPageBreak: 'PAGE_BREAK', asParagraph: 'PARAGRAPH',
  asTable: 'TABLE', asTableCell: 'TABLE_CELL', asTableRow: 'TABLE_ROW', asText: 'TEXT',
};

export abstract class DocElement {
  /** The Apps Script class name used for call counting ("Paragraph"). */
  abstract readonly cls: string;
  abstract readonly typeName: ElementTypeName;
  parent: ParentElement | null = null;

  constructor(readonly ctx: DocContext) {}

  /** Counts one user call of this class's `method`. */
  protected c(method: string): void {
    this.ctx.count(`${this.cls}.${method}`);
  }

  /** The document owning this element (through its section), or null for a detached element. */
  _document(): FakeDocument | null {
    let e: DocElement = this;
    while (e.parent) e = e.parent;
    return e._ownDocument();
  }

  _ownDocument(): FakeDocument | null {
    return null;
  }

  /** Every edit goes through here: after Document.saveAndClose() the handle's contents cannot be updated. */
  _mut(): void {
    if (this._document()?.closed) throw gasError(CLOSED_MESSAGE);
  }

  /** A detached deep copy. */
  abstract _clone(): DocElement;

  /** The element's text as getText() reports it. */
  abstract _text(): string;

  abstract _getAttributes(): Record<string, unknown>;
  abstract _setAttributes(attrs: unknown, args: ArrayLike<unknown>): void;

  protected g<T>(value: unknown): T {
    return value as T;
  }

  protected sibling(delta: number): DocElement | null {
    if (!this.parent) return null;
    const i = this.parent._children.indexOf(this);
    return this.parent._children[i + delta] ?? null;
  }

  // --- Element surface -------------------------------------------------------------------------------------

  getType(): GoogleAppsScript.Document.ElementType {
    this.c('getType');
    return ElementType[this.typeName] as unknown as GoogleAppsScript.Document.ElementType;
  }

  getParent(): GContainer {
    this.c('getParent');
    return (this.parent ?? null) as unknown as GContainer;
  }

  getNextSibling(): GElement {
    this.c('getNextSibling');
    return this.sibling(1) as unknown as GElement;
  }

  getPreviousSibling(): GElement {
    this.c('getPreviousSibling');
    return this.sibling(-1) as unknown as GElement;
  }

  getAttributes(): Record<string, unknown> {
    this.c('getAttributes');
    return this._getAttributes();
  }

  setAttributes(attributes: unknown): this {
    this.c('setAttributes');
    this._setAttributes(attributes, arguments);
    return this;
  }

  copy(): GElement {
    this.c('copy');
    return this._clone() as unknown as GElement;
  }

  removeFromParent(): this {
    this.c('removeFromParent');
    if (this.parent) {
      this._mut();
      this.parent._removeChild(this);
    }
    return this;
  }

  /** True when nothing follows this element in the body (each ancestor up to the Body is its parent's last child). */
  isAtDocumentEnd(): boolean {
    this.c('isAtDocumentEnd');
    let e: DocElement = this;
    while (e.parent) {
      const siblings = e.parent._children;
      if (siblings[siblings.length - 1] !== e) return false;
      e = e.parent;
    }
    return e.typeName === 'BODY_SECTION';
  }

  private cast(method: string): this {
    this.c(method);
    if (CASTS[method] !== this.typeName) {
      throw gasError(`Cannot convert an element of type ${this.typeName} with ${method}().`);
    }
    return this;
  }

  asBody(): GoogleAppsScript.Document.Body { return this.cast('asBody') as never; }
  asFooterSection(): GoogleAppsScript.Document.FooterSection { return this.cast('asFooterSection') as never; }
  asHeaderSection(): GoogleAppsScript.Document.HeaderSection { return this.cast('asHeaderSection') as never; }
  asHorizontalRule(): GoogleAppsScript.Document.HorizontalRule { return this.cast('asHorizontalRule') as never; }
  asListItem(): GoogleAppsScript.Document.ListItem { return this.cast('asListItem') as never; }
  asPageBreak(): GoogleAppsScript.Document.PageBreak { return this.cast('asPageBreak') as never; }
  asParagraph(): GoogleAppsScript.Document.Paragraph { return this.cast('asParagraph') as never; }
  asTable(): GoogleAppsScript.Document.Table { return this.cast('asTable') as never; }
  asTableCell(): GoogleAppsScript.Document.TableCell { return this.cast('asTableCell') as never; }
  asTableRow(): GoogleAppsScript.Document.TableRow { return this.cast('asTableRow') as never; }
  asText(): GoogleAppsScript.Document.Text { return this.cast('asText') as never; }
}

/** An element with children (paragraphs hold text and breaks; sections, cells, tables and rows hold blocks). */
export abstract class ParentElement extends DocElement {
  readonly _children: DocElement[] = [];

  /** Inserts a detached child (internal: no counting, no checks beyond attachment). */
  _insertChild(index: number, child: DocElement): void {
    if (child.parent) throw gasError('Element must be detached.');
    child.parent = this;
    this._children.splice(index, 0, child);
  }

  _appendChild(child: DocElement): void {
    this._insertChild(this._children.length, child);
  }

  /** Removes a child; sections override this to keep their last paragraph, as Google Docs does. */
  _removeChild(child: DocElement): void {
    const i = this._children.indexOf(child);
    if (i < 0) throw gasError('Element is not a child of this element.');
    this._children.splice(i, 1);
    child.parent = null;
  }

  /** Every descendant, depth first (document order). */
  _descendants(): DocElement[] {
    const out: DocElement[] = [];
    const walk = (e: ParentElement) => {
      for (const c of e._children) {
        out.push(c);
        if (c instanceof ParentElement) walk(c);
      }
    };
    walk(this);
    return out;
  }

  getNumChildren(): number {
    this.c('getNumChildren');
    return this._children.length;
  }

  getChild(childIndex: number): GElement {
    this.c('getChild');
    const i = int(childIndex, `${this.cls}.getChild`, arguments);
    checkChildIndex(i, this._children.length, false);
    return this._children[i] as unknown as GElement;
  }

  getChildIndex(child: GElement): number {
    this.c('getChildIndex');
    const i = this._children.indexOf(child as unknown as DocElement);
    if (i < 0) throw gasError('Element is not a child of this element.');
    return i;
  }

  removeChild(child: GElement): this {
    this.c('removeChild');
    const el = child as unknown as DocElement;
    if (!(el instanceof DocElement)) throw signatureError(`${this.cls}.removeChild`, arguments);
    this._mut();
    this._removeChild(el);
    return this;
  }

  getText(): string {
    this.c('getText');
    return this._text();
  }
}

/** Leaf elements inside a paragraph that carry no text (PageBreak, HorizontalRule): attributes are all null. */
export abstract class InlineElement extends DocElement {
  _text(): string {
    return '';
  }

  _getAttributes(): Record<string, unknown> {
    return attributeMap({});
  }

  _setAttributes(attrs: unknown, args: ArrayLike<unknown>): void {
    if (attrs === null || typeof attrs !== 'object') throw signatureError(`${this.cls}.setAttributes`, args);
    this._mut();
  }
}

// Protection of a sheet or a range: description, warning-only, editors, unprotected ranges (sheet protections).
import type { Rect } from './a1';
import type { AppContext } from './context';
import type { ProtectionTypeName } from './enums';
import type { FakeNamedRange } from './namedRange';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import { signatureError } from './values';

type GProtection = GoogleAppsScript.Spreadsheet.Protection;

/** The Base.User objects getEditors returns. */
export class FakeUser implements Pick<GoogleAppsScript.Base.User, 'getEmail' | 'getUserLoginId'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
  toString(): string {
    return 'User';
  }
}

function emailOf(user: unknown): string {
  if (typeof user === 'string') return user;
  if (user && typeof (user as FakeUser).getEmail === 'function') return (user as FakeUser).getEmail();
  throw signatureError('SpreadsheetApp.Protection.addEditor', [user]);
}

export class FakeProtection
  implements
    Pick<
      GProtection,
      | 'getProtectionType' | 'getRange' | 'setRange' | 'getRangeName' | 'setNamedRange' | 'setDescription' | 'getDescription'
      | 'setWarningOnly' | 'isWarningOnly' | 'setUnprotectedRanges' | 'getUnprotectedRanges' | 'addEditor' | 'addEditors'
      | 'removeEditor' | 'removeEditors' | 'getEditors' | 'canEdit' | 'canDomainEdit' | 'setDomainEdit' | 'remove'
    >
{
  description = '';
  warningOnly = false;
  /** null until the script changes editors: then "the permissions mirror those of the spreadsheet itself". */
  editors: string[] | null = null;
  domainEdit = false;
  unprotected: Rect[] = [];
  rangeName: string | null = null;

  constructor(
    readonly ctx: AppContext,
    public sheet: FakeSheet,
    readonly type: ProtectionTypeName,
    /** The protected rectangle for a RANGE protection; null for a SHEET protection. */
    public rect: Rect | null,
  ) {}

  private c(method: string): void {
    this.ctx.count(`Protection.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'Protection';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  private self(): GProtection {
    return this as unknown as GProtection;
  }

  _copyTo(sheet: FakeSheet): FakeProtection {
    const p = new FakeProtection(this.ctx, sheet, this.type, this.rect && { ...this.rect });
    p.description = this.description;
    p.warningOnly = this.warningOnly;
    p.editors = this.editors && [...this.editors];
    p.domainEdit = this.domainEdit;
    p.unprotected = this.unprotected.map((r) => ({ ...r }));
    p.rangeName = this.rangeName;
    return p;
  }

  /** The editors: the spreadsheet's (owner first) unless customized; the owner can never be removed. */
  _editors(): string[] {
    const owner = this.sheet.ss.owner;
    const list = this.editors ?? this.sheet.ss.editors;
    return [owner, ...list.filter((e) => e !== owner)];
  }

  private customize(): string[] {
    if (!this.editors) this.editors = [...this.sheet.ss.editors];
    return this.editors;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.c('getProtectionType');
    return this.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  /** For a sheet protection, "a range that spans the entire sheet". */
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.c('getRange');
    return this.sheet._range(this.rect ? { ...this.rect } : this.sheet._fullRect()) as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): GProtection {
    this.c('setRange');
    if (this.type !== 'RANGE') throw new Error('Cannot set the range of a sheet protection.');
    const r = range as unknown as FakeRange;
    this.sheet.rangeProtections = this.sheet.rangeProtections.filter((p) => p !== this);
    this.sheet = r.sheet;
    this.sheet.rangeProtections.push(this);
    this.rect = { ...r.rect };
    return this.self();
  }

  getRangeName(): string {
    this.c('getRangeName');
    return this.rangeName as string;
  }

  setNamedRange(namedRange: GoogleAppsScript.Spreadsheet.NamedRange): GProtection {
    this.c('setNamedRange');
    const n = namedRange as unknown as FakeNamedRange;
    this.rangeName = n.name;
    this.rect = { ...n.ref.rect };
    return this.self();
  }

  setDescription(description: string): GProtection {
    this.c('setDescription');
    this.description = String(description ?? '');
    return this.self();
  }

  getDescription(): string {
    this.c('getDescription');
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): GProtection {
    this.c('setWarningOnly');
    this.warningOnly = !!warningOnly;
    return this.self();
  }

  isWarningOnly(): boolean {
    this.c('isWarningOnly');
    return this.warningOnly;
  }

  /** Only a sheet protection can have unprotected ranges. */
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GProtection {
    this.c('setUnprotectedRanges');
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a protected sheet.');
    const list = ranges as unknown as FakeRange[];
    for (const r of list) if (r.sheet !== this.sheet) throw new Error('The unprotected ranges must be on the protected sheet.');
    this.unprotected = list.map((r) => ({ ...r.rect }));
    return this.self();
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.c('getUnprotectedRanges');
    return this.ctx.list(this.unprotected.map((r) => this.sheet._range({ ...r }))) as unknown as GoogleAppsScript.Spreadsheet.Range[];
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GProtection {
    this.c('addEditor');
    const email = emailOf(emailAddress);
    const list = this.customize();
    if (!list.includes(email)) list.push(email);
    return this.self();
  }

  addEditors(emailAddresses: string[]): GProtection {
    this.c('addEditors');
    const list = this.customize();
    for (const e of emailAddresses) if (!list.includes(emailOf(e))) list.push(emailOf(e));
    return this.self();
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): GProtection {
    this.c('removeEditor');
    const email = emailOf(emailAddress);
    this.editors = this.customize().filter((e) => e !== email);
    return this.self();
  }

  removeEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): GProtection {
    this.c('removeEditors');
    const remove = new Set((emailAddresses as unknown[]).map(emailOf));
    this.editors = this.customize().filter((e) => !remove.has(e));
    return this.self();
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.c('getEditors');
    return this.ctx.list(this._editors().map((e) => new FakeUser(e))) as unknown as GoogleAppsScript.Base.User[];
  }

  /** "The spreadsheet owner is always able to edit protected ranges and sheets." */
  canEdit(): boolean {
    this.c('canEdit');
    const user = this.ctx.userEmail;
    return this.warningOnly || user === this.sheet.ss.owner || this._editors().includes(user);
  }

  canDomainEdit(): boolean {
    this.c('canDomainEdit');
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): GProtection {
    this.c('setDomainEdit');
    this.customize();
    this.domainEdit = !!editable;
    return this.self();
  }

  remove(): void {
    this.c('remove');
    this._remove();
  }

  _remove(): void {
    if (this.sheet.sheetProtection === this) this.sheet.sheetProtection = null;
    this.sheet.rangeProtections = this.sheet.rangeProtections.filter((p) => p !== this);
  }
}

// DeveloperMetadata: key/value pairs with visibility, attached to a spreadsheet or a sheet.
import type { AppContext } from './context';
import { DeveloperMetadataVisibility, VisibilityName } from './enums';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { signatureError } from './values';

type GMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export type MetadataOwner = { kind: 'SPREADSHEET'; ss: FakeSpreadsheet } | { kind: 'SHEET'; sheet: FakeSheet };

export class FakeDeveloperMetadata
  implements Pick<GMetadata, 'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'setKey' | 'setValue' | 'setVisibility' | 'remove'>
{
  constructor(
    readonly ctx: AppContext,
    readonly owner: MetadataOwner,
    readonly id: number,
    public key: string,
    public value: string | null,
    public visibility: VisibilityName,
  ) {}

  private c(method: string): void {
    this.ctx.count(`DeveloperMetadata.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'DeveloperMetadata';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  _copyTo(owner: MetadataOwner): FakeDeveloperMetadata {
    return new FakeDeveloperMetadata(this.ctx, owner, this.id, this.key, this.value, this.visibility);
  }

  /** The list this entry lives in (the spreadsheet's or the sheet's). */
  _list(): FakeDeveloperMetadata[] {
    return this.owner.kind === 'SHEET' ? this.owner.sheet.metadata : this.owner.ss.metadata;
  }

  getId(): number {
    this.c('getId');
    return this.id;
  }

  getKey(): string {
    this.c('getKey');
    return this.key;
  }

  getValue(): string | null {
    this.c('getValue');
    return this.value;
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    this.c('getVisibility');
    return this.visibility as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }

  setKey(key: string): GMetadata {
    this.c('setKey');
    this.key = String(key);
    return this as unknown as GMetadata;
  }

  setValue(value: string): GMetadata {
    this.c('setValue');
    this.value = value === null || value === undefined ? null : String(value);
    return this as unknown as GMetadata;
  }

  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GMetadata {
    this.c('setVisibility');
    this.visibility = String(visibility) as VisibilityName;
    return this as unknown as GMetadata;
  }

  remove(): void {
    this.c('remove');
    const list = this._list();
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
  }
}

/**
 * addDeveloperMetadata(key), (key, value), (key, visibility), (key, value, visibility): a second argument that is a
 * visibility enum value is a visibility, otherwise a value. Visibility defaults to DOCUMENT.
 */
export function addMetadata(ctx: AppContext, owner: MetadataOwner, key: string, second: unknown, third: unknown, argc: number): FakeDeveloperMetadata {
  if (typeof key !== 'string') throw signatureError('SpreadsheetApp.addDeveloperMetadata', [key, second, third].slice(0, argc));
  let value: string | null = null;
  let visibility: VisibilityName = 'DOCUMENT';
  const isVisibility = (v: unknown) => typeof v === 'string' && v in DeveloperMetadataVisibility && argc >= 2;
  if (argc === 2) {
    if (isVisibility(second)) visibility = second as VisibilityName;
    else value = second === null || second === undefined ? null : String(second);
  } else if (argc >= 3) {
    value = second === null || second === undefined ? null : String(second);
    visibility = String(third) as VisibilityName;
  }
  const entry = new FakeDeveloperMetadata(ctx, owner, ctx.nextRandom() % 2_000_000_000, key, value, visibility);
  entry._list().push(entry);
  return entry;
}

// The Drive advanced service (v3) in memory: Drive.Files.create / get / update / remove / list over the files this
// add-in created (scope drive.file), with Google's partial responses, folders, parents, the trash, and the conversion
// of an uploaded .docx into a Google Doc.
//
// Signatures, from "How method signatures are determined" (https://developers.google.com/apps-script/guides/services/advanced):
// the request body (the resource) first, then the path parameters, then the media upload as a Blob, then an object of
// optional arguments. So, for https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create …:
//   Drive.Files.create(resource, mediaData?, optionalArgs?)
//   Drive.Files.get(fileId, optionalArgs?)
//   Drive.Files.update(resource, fileId, mediaData?, optionalArgs?)
//   Drive.Files.remove(fileId, optionalArgs?)      — "methods named delete in the Drive API are named remove in the
//                                                     advanced service … since delete is a reserved word in JavaScript"
//                                                     (https://developers.google.com/apps-script/advanced/drive)
//   Drive.Files.list(optionalArgs?)
// Example from the Apps Script page: `Drive.Files.create(file, image, { fields: "id,size" })`.
import { SaxesParser } from 'saxes';
import { CallCounter } from '../counters';
import { IdSource } from '../ids';
import { DOCX_MIME } from '../../src/report/docx/package';
import { Blob } from './blob';
import { Clock } from './clock';
import { fromByteArray, gasError } from './support';
import { unzipEntries } from './utilities';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCS_MIME = 'application/vnd.google-apps.document';
const GOOGLE_APPS = 'application/vnd.google-apps.';

/**
 * "Documents: … If you convert a text document to Google Docs format, it can be up to 50 MB" — Google Drive Help,
 * "Files you can store in Google Drive" (https://support.google.com/drive/answer/37603; quoted from that page as we
 * know it, not retrieved by the search tool).
 */
export const DOCS_CONVERSION_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Errors of the advanced service: a GoogleJsonResponseException whose message is "API call to drive.files.<method>
 * failed with error: <the API's message>", e.g. "GoogleJsonResponseException: API call to drive.files.get failed with
 * error: File not found: …" and "API call to drive.files.list failed with error: The driveId parameter must be
 * specified…" (https://github.com/googleworkspace/apps-script-samples/issues/337). `remove` is the REST method delete.
 */
export const apiFailed = (method: Method, message: string) =>
  `API call to drive.files.${method} failed with error: ${message}`;

/**
 * Drive v3's 404, with its final period: "File not found: XXXXX." (https://github.com/googleapis/google-api-ruby-client/issues/3265)
 * and "File not found: ." for an empty id (https://github.com/ivanvermeyen/laravel-google-drive-demo/issues/49). With
 * the drive.file scope a file the app did not create (or open with the Picker) is not found either: Drive answers 404,
 * not 403, for files the app may not see.
 */
export const fileNotFound = (id: string) => `File not found: ${id}.`;

/**
 * Drive's 400 (reason conversionUnsupportedConversionPath) for an upload it cannot convert to the requested Google type;
 * a damaged .docx gets it too (https://github.com/googleworkspace/php-samples/issues/147: a .docx written badly to a
 * temporary file, then sent with the Docs MIME type).
 */
export const CONVERSION_UNSUPPORTED = 'Conversion of the uploaded content to the requested output type is not supported.';

/**
 * Drive's 403 (reason cannotAddParent) since the single-parent model of 30 September 2020: a file is created in one
 * folder only, and a parent can be added only to a file without one (https://github.com/RobinBobin/react-native-google-drive-api-wrapper/issues/35,
 * https://github.com/GAM-team/GAM/issues/1270).
 */
export const CANNOT_ADD_PARENT = 'Increasing the number of parents is not allowed';

/** A `fields` naming no field of the resource: "Invalid field selection files" (https://github.com/googleworkspace/apps-script-samples/issues/54). */
export const invalidField = (name: string) => `Invalid field selection ${name}`;

/** OUR wording (Google's text for an upload over the conversion limit was not found). */
export const conversionTooLarge = (bytes: number) =>
  `The file is too large to convert to Google Docs: ${bytes} bytes, the limit is ${DOCS_CONVERSION_MAX_BYTES} bytes (50 MB).`;

/** OUR wording: an upload Google would convert (plain text, HTML, RTF, ODT, images…) that this runtime does not model. */
export const conversionNotModelled = (from: string, to: string) =>
  `The offline Drive service converts only a .docx into a Google Doc, not ${from} into ${to}.`;

/** OUR wording: a `q` the offline Drive.Files.list does not understand (Google answers 400 "Invalid Value" or similar). */
export const queryNotModelled = (clause: string) => `The offline Drive service does not understand the query clause: ${clause}`;

/**
 * Types Google converts into a Google Doc (Drive's about.importFormats lists these sources for
 * application/vnd.google-apps.document; see "Google Workspace and Google Drive supported MIME types").
 */
const DOCS_IMPORT_SOURCES = new Set([
  'application/msword',
  'application/pdf',
  'application/rtf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.sun.xml.writer',
  'application/x-vnd.oasis.opendocument.text',
  'image/bmp',
  'image/gif',
  'image/jpeg',
  'image/jpg',
  'image/pjpeg',
  'image/png',
  'image/x-bmp',
  'image/x-png',
  'text/html',
  'text/markdown',
  'text/plain',
  'text/richtext',
  'text/rtf',
]);

/** Properties of the v3 File resource (https://developers.google.com/workspace/drive/api/reference/rest/v3/files). */
const FILE_FIELDS = new Set(
  (
    'kind id name mimeType description starred trashed explicitlyTrashed parents properties appProperties spaces version ' +
    'webContentLink webViewLink iconLink hasThumbnail thumbnailLink thumbnailVersion viewedByMe viewedByMeTime createdTime ' +
    'modifiedTime modifiedByMeTime modifiedByMe sharedWithMeTime sharingUser owners teamDriveId driveId lastModifyingUser ' +
    'shared ownedByMe capabilities viewersCanCopyContent copyRequiresWriterPermission writersCanShare permissions ' +
    'permissionIds hasAugmentedPermissions folderColorRgb originalFilename fullFileExtension fileExtension md5Checksum ' +
    'sha1Checksum sha256Checksum size quotaBytesUsed headRevisionId contentHints imageMediaMetadata videoMediaMetadata ' +
    'isAppAuthorized exportLinks shortcutDetails contentRestrictions resourceKey linkShareMetadata labelInfo trashedTime ' +
    'trashingUser inheritedPermissionsDisabled downloadRestrictions'
  ).split(' '),
);
/** The FileList resource of files.list. */
const FILE_LIST_FIELDS = new Set(['kind', 'nextPageToken', 'incompleteSearch', 'files']);

/** "If you don't specify the fields parameter … the files resource only returns the kind, id, name, and mimeType fields" (https://developers.google.com/drive/query-parameters). */
const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
const DEFAULT_LIST_FIELDS = `kind,incompleteSearch,files(${DEFAULT_FILE_FIELDS})`;

/** One stored file, as the controls show it. */
export interface DriveFile {
  readonly id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** Trashed, explicitly or with a trashed folder above it. */
  trashed: boolean;
  explicitlyTrashed: boolean;
  /** ISO 8601 on the runtime's clock. */
  readonly createdTime: string;
  modifiedTime: string;
  description?: string;
  /** The uploaded bytes: a file's content, or the .docx behind a converted Google Doc. */
  bytes?: Buffer;
}

/** What tests and tools use to look at and reset the offline Drive. */
export interface DriveControls {
  /** Every stored file (folders too, the root not), in creation order. */
  files(): DriveFile[];
  get(id: string): DriveFile | undefined;
  /** The .docx bytes behind a Google Doc converted from an upload (throws for anything else). */
  docx(id: string): Buffer;
  /**
   * The Doc's text from its word/document.xml: the w:t runs of each w:p, one line per paragraph ("\n" between them);
   * a table row is one line with its cells separated by "\t" (a cell's paragraphs joined by " / "); w:tab is "\t",
   * w:br "\n"; XML entities decoded.
   * A section break (a paragraph holding w:sectPr, which ends each part of a dossier) is followed by a line "\f".
   */
  text(id: string): string;
  /** The id of My Drive (the parent of files created without parents). */
  readonly rootId: string;
  reset(): void;
}

export interface DriveDeps {
  counter: CallCounter;
  clock: Clock;
}

type Method = 'create' | 'get' | 'update' | 'delete' | 'list';
type Resource = Record<string, unknown>;
type Args = Record<string, unknown> | undefined | null;

/** A field mask: field → sub-mask (null: the whole field). */
type Mask = Map<string, Mask | null>;

/** Parses "id,name,files(id,parents)" into a mask; throws Google's 400 for a name outside `allowed`. */
function parseMask(fields: string, method: Method, allowed: Set<string>, nested: Record<string, Set<string>>): Mask | '*' {
  const text = fields.replace(/\s+/g, '');
  if (text === '*') return '*';
  let i = 0;
  const list = (allow: Set<string> | null): Mask => {
    const mask: Mask = new Map();
    while (i < text.length && text[i] !== ')') {
      let name = '';
      while (i < text.length && !',()'.includes(text[i])) name += text[i++];
      if (!name || (allow && !allow.has(name))) throw responseError(method, invalidField(name || text));
      let sub: Mask | null = null;
      if (text[i] === '(') {
        i++;
        sub = list(nested[name] ?? null);
        i++; // ")"
      }
      mask.set(name, sub);
      if (text[i] !== ',') break;
      i++;
    }
    return mask;
  };
  return list(allowed);
}

function project(value: Record<string, unknown>, mask: Mask | '*'): Record<string, unknown> {
  if (mask === '*') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
  const out: Record<string, unknown> = {};
  for (const [name, sub] of mask) {
    if (!(name in value) || value[name] === undefined) continue;
    const v = value[name];
    if (sub === null) out[name] = v;
    else if (Array.isArray(v)) out[name] = v.map((x) => (x && typeof x === 'object' ? project(x as Record<string, unknown>, sub) : x));
    else if (v && typeof v === 'object') out[name] = project(v as Record<string, unknown>, sub);
  }
  return out;
}

function responseError(method: Method, message: string): Error {
  const error = gasError(apiFailed(method, message));
  error.name = 'GoogleJsonResponseException';
  return error;
}

/** The bytes and content type of a mediaData argument (one of our blobs, or anything with getBlob()). */
function media(source: unknown): { bytes: Buffer; contentType: string | null } {
  const blob = source instanceof Blob ? source : (source as GoogleAppsScript.Base.BlobSource | null)?.getBlob?.();
  if (blob instanceof Blob) return { bytes: blob.rawBytes(), contentType: blob.rawContentType() };
  if (!blob) throw gasError('Invalid argument: mediaData');
  return { bytes: fromByteArray(blob.getBytes()), contentType: blob.getContentType() };
}

/** Runs an XML document through saxes (throws on malformed XML), calling `on` for its elements and text. */
function parseXml(xml: string, on?: { open?: (name: string) => void; close?: (name: string) => void; text?: (t: string) => void }): void {
  const parser = new SaxesParser();
  if (on?.open) parser.on('opentag', (tag) => on.open!(tag.name));
  if (on?.close) parser.on('closetag', (tag) => on.close!(tag.name));
  if (on?.text) parser.on('text', (t) => on.text!(t));
  parser.write(xml).close();
}

/** True when the bytes are a .docx: a zip holding [Content_Types].xml and word/document.xml, both well-formed XML. */
export function isDocx(bytes: Uint8Array): boolean {
  let parts: Map<string, Uint8Array>;
  try {
    parts = new Map(unzipEntries(bytes).map((e) => [e.path, e.data]));
  } catch {
    return false;
  }
  const types = parts.get('[Content_Types].xml');
  const document = parts.get('word/document.xml');
  if (!types || !document) return false;
  try {
    parseXml(Buffer.from(types).toString('utf8'));
    parseXml(Buffer.from(document).toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

/** The text of a .docx's word/document.xml, as DriveControls.text describes it. */
export function docxText(docx: Uint8Array): string {
  const entry = unzipEntries(docx).find((e) => e.path === 'word/document.xml');
  if (!entry) throw new Error('The .docx has no word/document.xml');
  const lines: string[] = [];
  const cells: string[][] = []; // paragraphs of the open table cells, innermost last
  const rows: string[][] = []; // cells of the open table rows
  const paragraphs: string[] = []; // the open paragraphs' text (a text box's paragraphs nest in a run)
  let inText = false;
  let sectionEnds = false; // the open paragraph carries a w:sectPr: its section (a part of the dossier) ends with it
  const emit = (line: string) => (cells.length ? cells[cells.length - 1] : lines).push(line);
  const append = (s: string) => {
    if (paragraphs.length) paragraphs[paragraphs.length - 1] += s;
  };
  parseXml(Buffer.from(entry.data).toString('utf8'), {
    open: (name) => {
      if (name === 'w:p') paragraphs.push('');
      else if (name === 'w:sectPr' && paragraphs.length) sectionEnds = true;
      else if (name === 'w:t') inText = true;
      else if (name === 'w:tab') append('\t');
      else if (name === 'w:br' || name === 'w:cr') append('\n');
      else if (name === 'w:tr') rows.push([]);
      else if (name === 'w:tc') cells.push([]);
    },
    close: (name) => {
      if (name === 'w:t') inText = false;
      else if (name === 'w:p') {
        emit(paragraphs.pop() ?? '');
        if (sectionEnds) emit('\f');
        sectionEnds = false;
      }
      else if (name === 'w:tc') rows[rows.length - 1]?.push((cells.pop() ?? []).join(' / '));
      else if (name === 'w:tr') emit((rows.pop() ?? []).join('\t'));
    },
    text: (t) => {
      if (inText) append(t);
    },
  });
  return lines.join('\n');
}

export function createDriveService(deps: DriveDeps) {
  const { counter, clock } = deps;
  let ids = new IdSource(3);
  const store = new Map<string, DriveFile>();
  // My Drive's id looks like "0A…Uk9PVA" (shorter than a file's, as in Drive).
  const root = (): string => '0A' + ids.driveId().slice(1, 18) + 'Uk9PVA';
  let rootId = root();

  const now = () => new Date(clock.now()).toISOString();
  const resolve = (id: string): string => (id === 'root' ? rootId : id);
  const find = (method: Method, rawId: unknown): DriveFile => {
    const id = resolve(String(rawId ?? ''));
    const file = store.get(id);
    if (!file) throw responseError(method, fileNotFound(String(rawId ?? '')));
    return file;
  };
  const isFolder = (id: string) => id === rootId || store.get(id)?.mimeType === FOLDER_MIME;
  const folderOrNotFound = (method: Method, rawId: string): string => {
    const id = resolve(rawId);
    if (!isFolder(id)) throw responseError(method, fileNotFound(rawId));
    return id;
  };
  const descendants = (folderId: string): DriveFile[] => {
    const out: DriveFile[] = [];
    const walk = (id: string) => {
      for (const f of store.values()) {
        if (f.parents.includes(id) && !out.includes(f)) {
          out.push(f);
          if (f.mimeType === FOLDER_MIME) walk(f.id);
        }
      }
    };
    walk(folderId);
    return out;
  };

  /** The resource as the API returns it (every field we model), before the field mask. */
  const resource = (f: DriveFile): Record<string, unknown> => ({
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    description: f.description,
    starred: false,
    trashed: f.trashed,
    explicitlyTrashed: f.explicitlyTrashed,
    parents: [...f.parents],
    spaces: ['drive'],
    // webViewLink as Drive v3 returns it, e.g. ".../document/d/<id>/edit?usp=drivesdk" (a real response quoted in
    // github.com search results); folders open at drive.google.com/drive/folders/<id>.
    webViewLink:
      f.mimeType === FOLDER_MIME
        ? `https://drive.google.com/drive/folders/${f.id}`
        : f.mimeType === DOCS_MIME
          ? `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`
          : `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`,
    createdTime: f.createdTime,
    modifiedTime: f.modifiedTime,
    ownedByMe: true,
    isAppAuthorized: true,
    // Size of blobs only here: folders have none, and a converted Doc's size is Google's own, not the upload's.
    size: f.bytes && !f.mimeType.startsWith(GOOGLE_APPS) ? String(f.bytes.length) : undefined,
  });
  const fileMask = (method: Method, args: Args) => {
    const fields = args?.fields;
    return parseMask(fields === undefined || fields === null ? DEFAULT_FILE_FIELDS : String(fields), method, FILE_FIELDS, {});
  };

  /** The stored mimeType and bytes of an upload, converting a .docx into a Google Doc. */
  const content = (method: Method, target: string | undefined, mediaData: unknown) => {
    const m = media(mediaData);
    const from = m.contentType ?? 'application/octet-stream';
    if (!target || !target.startsWith(GOOGLE_APPS)) return { mimeType: target ?? from, bytes: m.bytes };
    if (target === DOCS_MIME && from === DOCX_MIME) {
      if (m.bytes.length > DOCS_CONVERSION_MAX_BYTES) throw responseError(method, conversionTooLarge(m.bytes.length));
      if (!isDocx(m.bytes)) throw responseError(method, CONVERSION_UNSUPPORTED);
      return { mimeType: DOCS_MIME, bytes: m.bytes };
    }
    if (target === DOCS_MIME && DOCS_IMPORT_SOURCES.has(from)) throw gasError(conversionNotModelled(from, target));
    if (target === DOCS_MIME || target === FOLDER_MIME) throw responseError(method, CONVERSION_UNSUPPORTED);
    throw gasError(conversionNotModelled(from, target));
  };

  const setTrashed = (f: DriveFile, trashed: boolean) => {
    f.trashed = trashed;
    f.explicitlyTrashed = trashed;
    // "Whether the file has been trashed, either explicitly or from a trashed parent folder" (v3 File.trashed): the
    // folder's contents go to the trash with it and come back with it, unless trashed on their own.
    if (f.mimeType === FOLDER_MIME) {
      for (const d of descendants(f.id)) if (!d.explicitlyTrashed) d.trashed = trashed;
    }
  };

  const Files = {
    create(resourceArg?: Resource, mediaData?: unknown, optionalArgs?: Args): Record<string, unknown> {
      counter.count('Drive', 'Files.create');
      const r = resourceArg ?? {};
      const mask = fileMask('create', optionalArgs);
      // Files created without parents go to My Drive. A missing parent is Drive's 404; a parent in the trash is
      // accepted and the new file is not trashed (it sits in a trashed folder the user does not see:
      // https://github.com/google/google-api-objectivec-client/issues/70), so check the folder first.
      const parents = Array.isArray(r.parents) && r.parents.length ? r.parents.map((p) => folderOrNotFound('create', String(p))) : [rootId];
      if (parents.length > 1) throw responseError('create', CANNOT_ADD_PARENT);
      const requested = r.mimeType === undefined || r.mimeType === null ? undefined : String(r.mimeType);
      const stored =
        mediaData === undefined || mediaData === null
          ? { mimeType: requested ?? 'application/octet-stream', bytes: undefined }
          : content('create', requested, mediaData);
      const at = now();
      const file: DriveFile = {
        id: ids.driveId(),
        // "The file receives … a name of Untitled" when none is given (https://developers.google.com/workspace/drive/api/guides/create-file).
        name: r.name === undefined || r.name === null ? 'Untitled' : String(r.name),
        mimeType: stored.mimeType,
        parents,
        trashed: r.trashed === true,
        explicitlyTrashed: r.trashed === true,
        createdTime: at,
        modifiedTime: at,
        description: r.description === undefined ? undefined : String(r.description),
        bytes: stored.bytes,
      };
      store.set(file.id, file);
      return project(resource(file), mask);
    },

    get(fileId: string, optionalArgs?: Args): Record<string, unknown> {
      counter.count('Drive', 'Files.get');
      const mask = fileMask('get', optionalArgs);
      const id = resolve(String(fileId ?? ''));
      if (id === rootId) {
        return project({ kind: 'drive#file', id: rootId, name: 'My Drive', mimeType: FOLDER_MIME, trashed: false, parents: undefined }, mask);
      }
      // Trashed files are still found by get: only remove (delete) makes a file unknown.
      return project(resource(find('get', fileId)), mask);
    },

    update(resourceArg: Resource | null | undefined, fileId: string, mediaData?: unknown, optionalArgs?: Args): Record<string, unknown> {
      counter.count('Drive', 'Files.update');
      const file = find('update', fileId);
      const mask = fileMask('update', optionalArgs);
      const r = resourceArg ?? {};
      const add = String(optionalArgs?.addParents ?? '').split(',').filter(Boolean).map((p) => folderOrNotFound('update', p));
      const removeIds = String(optionalArgs?.removeParents ?? '').split(',').filter(Boolean).map(resolve);
      const parents = [...file.parents.filter((p) => !removeIds.includes(p)), ...add.filter((p) => !file.parents.includes(p))];
      if (parents.length > Math.max(1, file.parents.length)) throw responseError('update', CANNOT_ADD_PARENT);
      if (mediaData !== undefined && mediaData !== null) {
        const stored = content('update', file.mimeType.startsWith(GOOGLE_APPS) ? file.mimeType : undefined, mediaData);
        file.bytes = stored.bytes;
      }
      if (r.name !== undefined && r.name !== null) file.name = String(r.name);
      if (r.description !== undefined) file.description = r.description === null ? undefined : String(r.description);
      if (typeof r.trashed === 'boolean') setTrashed(file, r.trashed);
      file.parents = parents;
      file.modifiedTime = now();
      return project(resource(file), mask);
    },

    remove(fileId: string, _optionalArgs?: Args): void {
      counter.count('Drive', 'Files.remove');
      const file = find('delete', fileId);
      // "Permanently deletes a file owned by the user without moving it to the trash … If the target is a folder,
      // all descendants owned by the user are also deleted" (files.delete reference).
      for (const d of file.mimeType === FOLDER_MIME ? descendants(file.id) : []) store.delete(d.id);
      store.delete(file.id);
    },

    /** The files this add-in created (drive.file) matching a `q` of clauses joined by "and", all on one page. */
    list(optionalArgs?: Args): Record<string, unknown> {
      counter.count('Drive', 'Files.list');
      const fields = optionalArgs?.fields === undefined || optionalArgs?.fields === null ? DEFAULT_LIST_FIELDS : String(optionalArgs.fields);
      const mask = parseMask(fields, 'list', FILE_LIST_FIELDS, { files: FILE_FIELDS });
      const tests = String(optionalArgs?.q ?? '')
        .split(/\s+and\s+/i)
        .map((c) => c.trim())
        .filter(Boolean)
        .map((clause): ((f: DriveFile) => boolean) => {
          const unq = (s: string) => s.replace(/\\(.)/g, '$1');
          let m: RegExpExecArray | null;
          if ((m = /^trashed\s*=\s*(true|false)$/i.exec(clause))) return (f) => f.trashed === (m![1].toLowerCase() === 'true');
          if ((m = /^mimeType\s*(=|!=)\s*'((?:[^'\\]|\\.)*)'$/.exec(clause))) {
            const [, op, v] = m;
            return (f) => (f.mimeType === unq(v)) === (op === '=');
          }
          if ((m = /^name\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(clause))) return (f) => f.name === unq(m![1]);
          if ((m = /^'((?:[^'\\]|\\.)*)'\s+in\s+parents$/.exec(clause))) return (f) => f.parents.includes(resolve(unq(m![1])));
          throw gasError(queryNotModelled(clause));
        });
      const files = [...store.values()].filter((f) => tests.every((t) => t(f))).map(resource);
      return project({ kind: 'drive#fileList', incompleteSearch: false, files }, mask);
    },
  };

  const controls: DriveControls = {
    files: () => [...store.values()],
    get: (id) => store.get(id),
    docx(id) {
      const f = store.get(id);
      if (!f || f.mimeType !== DOCS_MIME || !f.bytes) throw new Error(`No .docx behind Drive file ${id}`);
      return Buffer.from(f.bytes);
    },
    text: (id) => docxText(controls.docx(id)),
    get rootId() {
      return rootId;
    },
    reset() {
      store.clear();
      ids = new IdSource(3);
      rootId = root();
    },
  };

  return { service: { Files }, controls };
}

export type DriveService = ReturnType<typeof createDriveService>['service'];

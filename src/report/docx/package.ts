// The .docx package of a document model as text files (path, XML): [Content_Types].xml, the relationships, the
// document, styles, settings, core properties and the headers. Strings only: the caller zips them — Apps Script
// with Utilities.newBlob + Utilities.zip, Node with a zip library — so this runs in Apps Script V8 and offline alike.
// https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String) (blob names are
// the paths inside the archive).
import { DocumentModel } from '../model';
import { partXml, SectionHeaders, sectionXml } from './document';
import { stylesXml } from './styles';
import { PACKAGE_RELS_NS, R_NS, REL, W_NS, XML_HEAD, xmlText } from './xml';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxFile {
  /** Path inside the package, e.g. "word/document.xml". */
  readonly path: string;
  /** The part's XML (UTF-8 when zipped). */
  readonly text: string;
}

const CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/**
 * A header part: empty, or a centred PAGE field (NĐ 30/2020 Phụ lục I: the page number in Arabic numerals, centred
 * in the top margin). "1" is the field's cached result until the reader updates it, as Word and LibreOffice do.
 */
function headerXml(pageNumber: boolean): string {
  const field = pageNumber
    ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    : '';
  return `${XML_HEAD}<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>${field}</w:p></w:hdr>`;
}

function relationships(items: readonly { id: string; type: string; target: string }[]): string {
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS_NS}">${items.map((i) => `<Relationship Id="${i.id}" Type="${i.type}" Target="${i.target}"/>`).join('')}</Relationships>`;
}

/**
 * Every file of the .docx. Each part of the model is its own section starting on a new page, numbered from 1, with
 * "different first page" (w:titlePg): the first page's header is empty, every later page's shows its number — so a
 * document's first page has none and its second page reads 2. Two headers serve every section: header1.xml, empty,
 * and header2.xml, the page number (only when some part is numbered). A section names its headers only when they
 * differ from the section before; the others inherit them, as Word writes "Link to Previous".
 */
export function docxFiles(model: DocumentModel): DocxFile[] {
  const numbered = model.parts.some((p) => (p.pageNumbers ?? 'fromSecond') === 'fromSecond');
  const rels: { id: string; type: string; target: string }[] = [
    { id: 'rId1', type: `${REL}/styles`, target: 'styles.xml' },
    { id: 'rId2', type: `${REL}/settings`, target: 'settings.xml' },
    { id: 'rId3', type: `${REL}/header`, target: 'header1.xml' },
    ...(numbered ? [{ id: 'rId4', type: `${REL}/header`, target: 'header2.xml' }] : []),
  ];
  const headers: DocxFile[] = [
    { path: 'word/header1.xml', text: headerXml(false) },
    ...(numbered ? [{ path: 'word/header2.xml', text: headerXml(true) }] : []),
  ];
  let previous = '';
  const body = model.parts.map((part, i) => {
    const defaultId = (part.pageNumbers ?? 'fromSecond') === 'fromSecond' ? 'rId4' : 'rId3';
    const section: SectionHeaders | null = defaultId === previous ? null : { defaultId, firstId: 'rId3' };
    previous = defaultId;
    return partXml(part.blocks, model.page, sectionXml(model.page, section), i === model.parts.length - 1);
  });
  const document = `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body.join('')}</w:body></w:document>`;

  const overrides = [
    `<Override PartName="/word/document.xml" ContentType="${CONTENT}.document.main+xml"/>`,
    `<Override PartName="/word/styles.xml" ContentType="${CONTENT}.styles+xml"/>`,
    `<Override PartName="/word/settings.xml" ContentType="${CONTENT}.settings+xml"/>`,
    ...headers.map((h) => `<Override PartName="/${h.path}" ContentType="${CONTENT}.header+xml"/>`),
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
  ];
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`;
  const rootRels = relationships([
    { id: 'rId1', type: `${REL}/officeDocument`, target: 'word/document.xml' },
    { id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
  ]);
  const core =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(model.name)}</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>`;
  const settings =
    `${XML_HEAD}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

  return [
    { path: '[Content_Types].xml', text: contentTypes },
    { path: '_rels/.rels', text: rootRels },
    { path: 'docProps/core.xml', text: core },
    { path: 'word/document.xml', text: document },
    { path: 'word/styles.xml', text: stylesXml(model.page) },
    { path: 'word/settings.xml', text: settings },
    ...headers,
    { path: 'word/_rels/document.xml.rels', text: relationships(rels) },
  ];
}

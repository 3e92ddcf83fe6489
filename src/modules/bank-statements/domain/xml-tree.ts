import { SaxesParser } from 'saxes';

/**
 * A small element tree read with saxes, a strict, non-validating XML parser: it checks well-formedness, knows only
 * the five predefined entities and character references, and never reads an external or declared entity. A document
 * type declaration (the door to entity expansion attacks: XXE, "billion laughs") is refused outright.
 */
export interface XmlElement {
  readonly name: string;
  readonly namespace: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Thrown with saxes' own message, or "DOCTYPE" when the document declares a document type. */
export class XmlRefused extends Error {}

/** Limits that keep a hostile file from making the tree deep or wide beyond any statement's need. */
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 500_000;

export function readXmlTree(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  parser.on('error', (error) => {
    throw new XmlRefused(error.message);
  });
  parser.on('doctype', () => {
    throw new XmlRefused('a document type declaration (DOCTYPE) is not accepted');
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_DEPTH || ++count > MAX_ELEMENTS)
      throw new XmlRefused('the document is too deep or too large');
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes))
      if (!attribute.prefix) attributes[attribute.local] = attribute.value;
    const element: XmlElement = { name: tag.local, namespace: tag.uri, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  const addText = (value: string) => {
    const top = stack.at(-1);
    if (top) top.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  if (!root) throw new XmlRefused('no root element');
  return root;
}

/** The first child element on a path of local names ("Tp/CdOrPrtry/Cd"), or null. */
export function child(element: XmlElement | null | undefined, path: string): XmlElement | null {
  let here: XmlElement | null | undefined = element;
  for (const name of path.split('/')) here = here?.children.find((candidate) => candidate.name === name);
  return here ?? null;
}

/** Every child element with that local name under the element at `path` (or the element itself when path is ''). */
export function children(element: XmlElement | null | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((candidate) => candidate.name === name) : [];
}

/** The trimmed text of the element at `path`, or null when absent or empty. */
export function textAt(element: XmlElement | null | undefined, path: string): string | null {
  const text = child(element, path)?.text.trim();
  return text ? text : null;
}

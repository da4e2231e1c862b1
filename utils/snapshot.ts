/**
 * The page as HTML for the page agent's snapshot, open shadow roots included (web-component sites put their
 * articles there, where `outerHTML` does not look). Shadow roots come out as declarative shadow DOM
 * (`<template shadowrootmode="open">`), which lib/page/shadow.ts turns back into the content they show.
 */

/** Every open shadow root in `doc`, those inside other shadow roots too; a loop, not recursion. */
export function openShadowRoots(doc: Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const pending: Node[] = [doc];
  while (pending.length) {
    const walker = doc.createTreeWalker(pending.pop()!, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        found.push(shadow);
        pending.push(shadow);
      }
    }
  }
  return found;
}

/** The document element's markup with its open shadow roots, by `getHTML` where the browser has it. */
export function pageHtml(doc: Document, useGetHtml = true): string {
  const root = doc.documentElement;
  const roots = openShadowRoots(doc);
  if (!roots.length) return root.outerHTML;
  type GetHtml = (options: { serializableShadowRoots: boolean; shadowRoots: ShadowRoot[] }) => string;
  const getHTML = (root as Element & { getHTML?: GetHtml }).getHTML;
  const inner = useGetHtml && typeof getHTML === 'function' ? getHTML.call(root, { serializableShadowRoots: true, shadowRoots: roots }) : childrenHtml(root, new Set(roots));
  const shell = (root.cloneNode(false) as Element).outerHTML;
  return shell.replace(/<\/html>$/i, `${inner}</html>`);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'frame', 'keygen', 'basefont', 'bgsound']);
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;');

/**
 * The HTML of `parent`'s children as the HTML fragment serialization algorithm writes it, each open shadow
 * root in `shadowRoots` as a `<template shadowrootmode="open">` first in its host: what `getHTML` gives, for
 * browsers without it. A loop with its own stack: a page can nest deeper than the call stack allows.
 */
export function childrenHtml(parent: Node, shadowRoots: ReadonlySet<ShadowRoot>): string {
  const out: string[] = [];
  // Nodes to write, and end tags to write once their element's children are done.
  const pending: (Node | string)[] = [];
  const pushChildren = (from: Node) => {
    const content = (from as Element).localName === 'template' && 'content' in from ? (from as HTMLTemplateElement).content : from;
    const children = Array.from(content.childNodes);
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
  };
  pushChildren(parent);
  while (pending.length) {
    const node = pending.pop()!;
    if (typeof node === 'string') {
      out.push(node);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const name = element.namespaceURI === 'http://www.w3.org/1999/xhtml' || element.namespaceURI === 'http://www.w3.org/2000/svg' || element.namespaceURI === 'http://www.w3.org/1998/Math/MathML' ? element.localName : element.tagName;
      out.push(`<${name}${Array.from(element.attributes, (attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`).join('')}>`);
      if (VOID.has(name)) continue;
      pending.push(`</${name}>`);
      pushChildren(element);
      const shadow = element.shadowRoot;
      if (shadow && shadowRoots.has(shadow)) {
        pending.push('</template>');
        pushChildren(shadow);
        pending.push('<template shadowrootmode="open">');
      }
    } else if (node.nodeType === 3) {
      const parentName = node.parentElement?.localName ?? '';
      out.push(RAW_TEXT.has(parentName) ? (node as Text).data : escapeText((node as Text).data));
    } else if (node.nodeType === 8) {
      out.push(`<!--${(node as Comment).data}-->`);
    }
  }
  return out.join('');
}

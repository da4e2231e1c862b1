/**
 * Shadow roots serialized as declarative shadow DOM (`<template shadowrootmode>`, as the page agent's snapshot
 * writes open ones) become what they show: each host's content is its shadow tree, with every `<slot>`
 * replaced by the host's children assigned to it (or the slot's own fallback), in place of the template.
 * A parsed snapshot keeps such templates inert, and the analysis never looks inside a template.
 */
import { descendantsWhere } from './text';

const isShadowTemplate = (element: Element) => element.localName === 'template' && element.hasAttribute('shadowrootmode');

/** Replaces every shadow-root template in `doc` (nested ones too) by the content it shows. */
export function flattenShadowRoots(doc: Document): void {
  if (!doc.documentElement) return;
  // Each pass reveals the templates nested in the ones it flattened.
  for (let templates = descendantsWhere(doc.documentElement, isShadowTemplate); templates.length; templates = descendantsWhere(doc.documentElement, isShadowTemplate)) {
    for (const template of templates) showShadowTree(template as HTMLTemplateElement);
  }
}

function showShadowTree(template: HTMLTemplateElement): void {
  const host = template.parentElement;
  if (!host || host.firstElementChild !== template) {
    // Only a host's first template is its shadow root; another is plain markup, and shows nothing.
    template.remove();
    return;
  }
  const tree = template.content;
  const light = Array.from(host.childNodes).filter((node) => node !== template);
  const assigned = new Set<Node>();
  for (const slot of descendantsWhere(tree, (element) => element.localName === 'slot')) {
    const name = slot.getAttribute('name') ?? '';
    const mine = light.filter((node) => !assigned.has(node) && slotOf(node) === name);
    mine.forEach((node) => assigned.add(node));
    slot.replaceWith(...(mine.length ? mine : Array.from(slot.childNodes)));
  }
  // Light children assigned to no slot are not shown; the tree moves into the host, adopted by its document.
  host.replaceChildren(tree);
}

/** The slot a light child goes to: its `slot` attribute, or the default slot (text too). */
function slotOf(node: Node): string {
  return node.nodeType === 1 ? ((node as Element).getAttribute('slot') ?? '') : '';
}

/**
 * The outline as an ARIA tree (the APG "navigation treeview" pattern): one Tab stop for the whole outline,
 * arrow keys to move, Left/Right to collapse and expand, Home/End, Enter or Space to go to the section.
 * Each treeitem holds only its own label; its subsections are a sibling group it owns (aria-owns), so a
 * screen reader names an entry by its heading alone and still hears level, position and expanded state.
 */
import { outlineDepths } from '../../lib/output/outline';
import type { OutlineEntry } from '../../lib/types';
import { h } from '../../utils/ui';

const ITEM = '[role="treeitem"]';

export function renderOutlineTree(outline: OutlineEntry[], labelledBy: string, activate: (entry: OutlineEntry) => void): HTMLElement {
  const tree = h('ul', { role: 'tree', class: 'outline', 'aria-labelledby': labelledBy });
  const entries = new Map<HTMLElement, OutlineEntry>();
  const depths = outlineDepths(outline);
  const lists: HTMLUListElement[] = [tree];
  outline.forEach((entry, index) => {
    const depth = depths[index] ?? 0;
    lists.length = Math.min(lists.length, depth + 1);
    while (lists.length <= depth) {
      const parent = lists.at(-1)!.lastElementChild!;
      const group = h('ul', { role: 'group', id: `outline-group-${index}` });
      const owner = parent.querySelector<HTMLElement>(ITEM)!;
      owner.setAttribute('aria-owns', group.id);
      owner.setAttribute('aria-expanded', 'true');
      parent.append(group);
      lists.push(group);
    }
    const item = h(
      'div',
      { role: 'treeitem', tabindex: index === 0 ? '0' : '-1', 'data-outline-id': entry.id },
      h('span', { class: 'twisty', 'aria-hidden': 'true' }),
      h('span', { class: 'label' }, entry.text),
    );
    entries.set(item, entry);
    lists[depth]!.append(h('li', { role: 'none' }, item));
  });

  tree.addEventListener('click', (event) => {
    const target = event.target as Element;
    const item = target.closest<HTMLElement>(ITEM);
    if (!item) return;
    focusItem(tree, item);
    if (target.closest('.twisty') && item.hasAttribute('aria-expanded')) setExpanded(item, item.getAttribute('aria-expanded') !== 'true');
    else activate(entries.get(item)!);
  });
  tree.addEventListener('keydown', (event) => {
    const item = (event.target as Element).closest<HTMLElement>(ITEM);
    if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') activate(entries.get(item)!);
    else if (!navigate(tree, item, event.key)) return;
    event.preventDefault();
  });
  return tree;
}

/** Moves the focus or folds a section for one navigation key; false when the key is not one of them. */
function navigate(tree: HTMLElement, item: HTMLElement, key: string): boolean {
  const visible = visibleItems(tree);
  const index = visible.indexOf(item);
  const expanded = item.getAttribute('aria-expanded');
  let target: HTMLElement | undefined;
  switch (key) {
    case 'ArrowDown':
      target = visible[index + 1];
      break;
    case 'ArrowUp':
      target = visible[index - 1];
      break;
    case 'Home':
      target = visible[0];
      break;
    case 'End':
      target = visible.at(-1);
      break;
    case 'ArrowRight':
      if (expanded === 'false') setExpanded(item, true);
      else if (expanded === 'true') target = visible[index + 1];
      break;
    case 'ArrowLeft':
      if (expanded === 'true') setExpanded(item, false);
      else target = parentItem(item);
      break;
    default:
      return false;
  }
  if (target) focusItem(tree, target);
  return true;
}

/** Items not inside a collapsed group, in reading order. */
function visibleItems(tree: HTMLElement): HTMLElement[] {
  return Array.from(tree.querySelectorAll<HTMLElement>(ITEM)).filter((item) => !item.parentElement!.closest('[role="group"][hidden]'));
}

function parentItem(item: HTMLElement): HTMLElement | undefined {
  return item.closest('[role="group"]')?.parentElement?.querySelector<HTMLElement>(`:scope > ${ITEM}`) ?? undefined;
}

function setExpanded(item: HTMLElement, expanded: boolean): void {
  item.setAttribute('aria-expanded', String(expanded));
  item.parentElement!.querySelector<HTMLElement>(':scope > [role="group"]')!.hidden = !expanded;
}

/** Roving tabindex: the focused item is the outline's one Tab stop. */
function focusItem(tree: HTMLElement, item: HTMLElement): void {
  for (const other of Array.from(tree.querySelectorAll<HTMLElement>(`${ITEM}[tabindex="0"]`))) other.tabIndex = -1;
  item.tabIndex = 0;
  item.focus();
}

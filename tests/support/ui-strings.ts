/**
 * Finds user-visible text in extension pages that does not come from messages.json: text written straight into
 * an HTML page or into a TypeScript UI sink (an element's text or label, an error shown to the user, an
 * announcement). What the page supplies (titles, headings) is data and never a literal, so it is never flagged.
 */
import { JSDOM } from 'jsdom';
import ts from 'typescript';

export interface Finding {
  where: string;
  text: string;
}

/** Any letter in any script: a string without one (an icon, a number, punctuation) says nothing to translate. */
const WORDS = /\p{L}/u;
/** Attributes a person reads or hears. */
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];
/** Properties whose value a person reads or hears. */
const SPOKEN_PROPERTIES = ['textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel', 'ariaDescription'];
/** Calls whose first argument reaches the user: announcing an outcome. */
const ANNOUNCERS = ['announce'];

/**
 * HTML: every text with words sits in an element whose `data-i18n` names an English message (the text, if any,
 * is that message: the fallback before the script runs), or is hidden from everyone (`aria-hidden`); spoken
 * attributes come from `data-i18n-label`; the `<title>` is a `__MSG_key__` or carries `data-i18n`.
 */
export function findUntranslatedHtml(html: string, file: string, english: Record<string, { message: string }>): Finding[] {
  const { document } = new JSDOM(html).window;
  const findings: Finding[] = [];
  const flag = (text: string, element: Element) => findings.push({ where: `${file} <${element.tagName.toLowerCase()}>`, text: text.trim() });
  for (const element of Array.from(document.querySelectorAll('[data-i18n], [data-i18n-label]'))) {
    for (const key of [element.getAttribute('data-i18n'), element.getAttribute('data-i18n-label')]) {
      if (key !== null && !(key in english)) flag(`unknown message "${key}"`, element);
    }
    const key = element.getAttribute('data-i18n');
    const fallback = element.textContent!.trim();
    if (key && key in english && fallback && fallback !== english[key]!.message) flag(`"${fallback}" is not the English message "${key}"`, element);
  }
  const title = document.querySelector('title');
  const titleKey = /^__MSG_(\w+)__$/.exec(title?.textContent?.trim() ?? '')?.[1] ?? title?.getAttribute('data-i18n');
  if (title && !(titleKey && titleKey in english)) flag(title.textContent ?? '', title);
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!WORDS.test(node.textContent!) || parent.closest('[data-i18n], [aria-hidden="true"], script, style')) continue;
    flag(node.textContent!, parent);
  }
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value && WORDS.test(value)) flag(`${name}="${value}"`, element);
    }
  }
  return findings;
}

/** A literal's own text: a string, or the fixed parts of a template. */
function literalText(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter((text) => text !== null).join(' ') || null;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return [literalText(node.left), literalText(node.right)].join(' ');
  return null;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

function propertyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '';
}

/**
 * TypeScript: literals with words in the UI's sinks — children and spoken attributes of `h(tag, props,
 * ...children)`, spoken properties and attributes (`.textContent =`, `setAttribute('aria-label', …)`),
 * `document.title`, `new Error(…)` (errors are shown to the user), `announce(…)`, and an `error:` field (an
 * error carried back to the UI).
 */
export function findUntranslatedTs(source: string, file: string): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const check = (expression: ts.Expression | undefined, what: string) => {
    const text = expression && literalText(expression);
    if (text && WORDS.test(text)) {
      const { line } = sourceFile.getLineAndCharacterOfPosition(expression.getStart());
      findings.push({ where: `${file}:${line + 1} ${what}`, text: text.trim() });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name === 'h') {
        const [, props, ...children] = node.arguments;
        for (const child of children) check(child, 'element text');
        if (props && ts.isObjectLiteralExpression(props)) {
          for (const property of props.properties) {
            if (ts.isPropertyAssignment(property) && SPOKEN_ATTRIBUTES.includes(propertyName(property.name))) check(property.initializer, propertyName(property.name));
          }
        }
      }
      if (name === 'setAttribute' && node.arguments[0] && SPOKEN_ATTRIBUTES.includes(literalText(node.arguments[0]) ?? '')) check(node.arguments[1], 'attribute');
      if (ANNOUNCERS.includes(name)) check(node.arguments[0], 'announcement');
    }
    if (ts.isNewExpression(node) && calleeName(node) === 'Error') check(node.arguments?.[0], 'error');
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && SPOKEN_PROPERTIES.includes(node.left.name.text)) {
      check(node.right, node.left.name.text);
    }
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'error') check(node.initializer, 'error');
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

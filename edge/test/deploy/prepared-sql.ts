import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface PreparedSql {
  /** file:line of the `.prepare(…)` call. */
  at: string;
  /** The SQL text, or null when it is built at run time from values this scan cannot follow. */
  sql: string | null;
}

/**
 * Every `.prepare(…)` call in the TypeScript files under `dir`, with its SQL when it is a string
 * literal, a `+` of literals or a template over same-file `const` strings.
 */
export function preparedSql(dir: string, root: string): PreparedSql[] {
  const found: PreparedSql[] = [];
  for (const file of tsFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const consts = new Map<string, ts.Expression>();
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "prepare" && node.arguments[0]) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ at: `${relative(root, file)}:${line}`, sql: evaluate(node.arguments[0], consts) });
      }
      ts.forEachChild(node, visit);
    };
    // Declarations first: module-level strings are often declared below the function using them.
    ts.forEachChild(source, function collect(node): void {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) consts.set(node.name.text, node.initializer);
      ts.forEachChild(node, collect);
    });
    visit(source);
  }
  return found;
}

function evaluate(node: ts.Expression, consts: Map<string, ts.Expression>, depth = 0): string | null {
  if (depth > 10) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, consts, depth + 1);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluate(node.left, consts, depth + 1);
    const right = evaluate(node.right, consts, depth + 1);
    return left === null || right === null ? null : left + right;
  }
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text);
    return init ? evaluate(init, consts, depth + 1) : null;
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = evaluate(span.expression, consts, depth + 1);
      if (value === null) return null;
      text += value + span.literal.text;
    }
    return text;
  }
  return null;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

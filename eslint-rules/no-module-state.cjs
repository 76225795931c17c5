/**
 * ESLint rule "local/no-module-state": src/core keeps no state between calls (a cache is an object
 * the caller creates and passes). Flags what runs when the module loads and can change later:
 *
 * - `let` / `var` at module level (or in a function called right away there, an IIFE);
 * - `new Map | Set | WeakMap | WeakSet` at module level, unless the binding is typed
 *   `ReadonlyMap` / `ReadonlySet` (a constant lookup table the compiler keeps read-only);
 * - a mutable static class field;
 * - any mutation, anywhere in the file, of an object held by a module-level binding (an import,
 *   a const, a class): assigning or deleting a property, or calling push, set, add, splice, sort…
 *
 * Frozen or read-only tables (`as const`, Object.freeze, arrays nobody mutates) pass.
 */

const COLLECTIONS = new Set(["Map", "Set", "WeakMap", "WeakSet"]);
const READONLY_TYPES = { Map: "ReadonlyMap", Set: "ReadonlySet" };
const MUTATORS = new Set([
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
  "set",
  "add",
  "delete",
  "clear",
]);
const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
/** Wrappers that leave the object they wrap the same (x!, x as T, (x)). */
const TRANSPARENT = new Set(["TSNonNullExpression", "TSAsExpression", "TSSatisfiesExpression"]);

/** Whether `node` runs when the module loads (not inside a function that waits to be called). */
function runsAtLoad(node, ancestors) {
  let child = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (FUNCTIONS.has(a.type)) {
      const parent = ancestors[i - 1];
      const iife = parent && parent.type === "CallExpression" && parent.callee === a;
      if (!iife) return false;
    }
    // An instance field's initializer runs once per object, not at load.
    if (
      (a.type === "PropertyDefinition" || a.type === "AccessorProperty") &&
      !a.static &&
      a.value === child
    )
      return false;
    child = a;
  }
  return true;
}

function propertyName(member) {
  if (!member.computed && member.property.type === "Identifier") return member.property.name;
  if (member.property.type === "Literal") return String(member.property.value);
  return undefined;
}

/** The mutation `ref` (an identifier) is the root of, if any. */
function mutationOf(ref) {
  let n = ref;
  let depth = 0;
  for (;;) {
    const p = n.parent;
    if (p && TRANSPARENT.has(p.type) && p.expression === n) n = p;
    else if (p && p.type === "MemberExpression" && p.object === n) {
      n = p;
      depth++;
    } else break;
  }
  const p = n.parent;
  if (!p) return undefined;
  if (depth > 0) {
    if (p.type === "AssignmentExpression" && p.left === n) return "assignment";
    if (p.type === "UpdateExpression" && p.argument === n) return "assignment";
    if (p.type === "UnaryExpression" && p.operator === "delete" && p.argument === n)
      return "delete";
    if (p.type === "CallExpression" && p.callee === n && n.type === "MemberExpression") {
      const name = propertyName(n);
      if (name && MUTATORS.has(name)) return `${name}()`;
    }
  }
  // Object.assign(x, …) / Object.defineProperty(x, …)
  if (
    depth === 0 &&
    p.type === "CallExpression" &&
    p.arguments[0] === n &&
    p.callee.type === "MemberExpression" &&
    p.callee.object.type === "Identifier" &&
    p.callee.object.name === "Object" &&
    ["assign", "defineProperty", "defineProperties", "setPrototypeOf"].includes(
      propertyName(p.callee)
    )
  )
    return `Object.${propertyName(p.callee)}()`;
  return undefined;
}

/** Whether a declarator's type annotation is ReadonlyMap / ReadonlySet for `collection`. */
function typedReadOnly(declarator, collection) {
  const wanted = READONLY_TYPES[collection];
  const annotation = declarator && declarator.id && declarator.id.typeAnnotation;
  const type = annotation && annotation.typeAnnotation;
  return Boolean(
    wanted &&
    type &&
    type.type === "TSTypeReference" &&
    type.typeName.type === "Identifier" &&
    type.typeName.name === wanted
  );
}

module.exports = {
  meta: {
    type: "problem",
    docs: {
      description: "No module-level state in src/core: caches are objects the caller holds.",
    },
    schema: [],
    messages: {
      moduleLet:
        "Module-level `{{kind}}` is state kept between calls; compute it in a function or keep it on an object the caller holds.",
      moduleCollection:
        "Module-level `new {{name}}` is a cache or scratch buffer; keep it on an object the caller creates (a constant table: type it {{readonly}}).",
      moduleWeakCollection:
        "Module-level `new {{name}}` is a cache; keep it on an object the caller creates.",
      staticField:
        "A mutable static field is module-level state; make it `static readonly` with a constant value, or an instance field.",
      mutation:
        "`{{name}}` is module-level: changing it ({{how}}) keeps state between calls; build a new value, or keep it on an object the caller holds.",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      VariableDeclaration(node) {
        if (node.kind === "const") return;
        if (node.kind !== "let" && node.kind !== "var") return;
        if (runsAtLoad(node, sourceCode.getAncestors(node)))
          context.report({ node, messageId: "moduleLet", data: { kind: node.kind } });
      },
      NewExpression(node) {
        if (node.callee.type !== "Identifier" || !COLLECTIONS.has(node.callee.name)) return;
        const ancestors = sourceCode.getAncestors(node);
        if (!runsAtLoad(node, ancestors)) return;
        const name = node.callee.name;
        if (name.startsWith("Weak")) {
          context.report({ node, messageId: "moduleWeakCollection", data: { name } });
          return;
        }
        let holder = node.parent;
        while (holder && TRANSPARENT.has(holder.type)) holder = holder.parent;
        if (holder && holder.type === "VariableDeclarator" && typedReadOnly(holder, name)) return;
        context.report({
          node,
          messageId: "moduleCollection",
          data: { name, readonly: `${READONLY_TYPES[name]}<…>` },
        });
      },
      PropertyDefinition(node) {
        if (node.static && !node.readonly) context.report({ node, messageId: "staticField" });
      },
      "Program:exit"(program) {
        const moduleScope =
          sourceCode.getScope(program).childScopes.find((s) => s.type === "module") ??
          sourceCode.getScope(program);
        for (const variable of moduleScope.variables) {
          for (const reference of variable.references) {
            const how = mutationOf(reference.identifier);
            if (how)
              context.report({
                node: reference.identifier,
                messageId: "mutation",
                data: { name: variable.name, how },
              });
          }
        }
      },
    };
  },
};

/** The rule table of value types and indicator kinds, and the runner that derives from it. */
export { VALUE_TYPE_IDS, VALUE_TYPES } from "./value-types";
export type { ValueTypeId, ValueTypeRule, ValueTypeWords } from "./value-types";
export { COMPONENT_ROLES, KIND_IDS, KINDS, genericFunctionName } from "./kinds";
export type { ComponentRoleId, KindId, KindRule } from "./kinds";
export * from "./runner";

import { auditRule } from "../rule";

/** A defined name of the plan does not point at one cell (#REF!, a range, a constant). */
export const nameBroken = auditRule({
  id: "name.broken",
  severity: "error",
  label: "Nama rusak",
  labelEn: "Name broken",
  messages: {
    id: {
      nameBroken: (name: string, refersTo: string) =>
        `Nama ${name} rusak (merujuk ${refersTo}); sel yang dituju sudah terhapus.`,
    },
    en: {
      nameBroken: (name, refersTo) =>
        `The name ${name} is broken (it refers to ${refersTo}); the cell it pointed to was deleted.`,
    },
  },
  check: {
    names: (s) =>
      s.names.flatMap((n) => {
        const refersTo = n.found?.refersTo;
        if (n.state !== "broken" || refersTo === undefined) return [];
        return [
          {
            say: (m) => m.nameBroken(n.name, refersTo),
            sheet: s.sheet,
            cell: n.planned,
            indicator: n.indicator,
            current: refersTo,
            expected: n.expected,
          },
        ];
      }),
  },
});

import { auditRule } from "../rule";
import type { Hit } from "../rule";

const messagesId = {
  nameOtherSheet: (name: string, refersTo: string, sheet: string) =>
    `Nama ${name} menunjuk ${refersTo}, di luar lembar IKU "${sheet}".`,
  nameMoved: (name: string, found: string, expected: string) =>
    `Nama ${name} menunjuk ${found}, padahal menurut susunan lembar seharusnya ${expected}.`,
};

/**
 * A defined name of the plan points outside the IKU sheet, or at another cell than the rest of
 * its indicator's names say (rows inserted above move all of them together). Names pointing
 * outside come first, then the displaced ones.
 */
export const nameMoved = auditRule({
  id: "name.moved",
  severity: "error",
  label: "Nama menunjuk sel lain",
  labelEn: "Name points to another cell",
  messages: {
    id: messagesId,
    en: {
      nameOtherSheet: (name, refersTo, sheet) =>
        `The name ${name} points to ${refersTo}, outside the IKU sheet "${sheet}".`,
      nameMoved: (name, found, expected) =>
        `The name ${name} points to ${found}, but by the sheet's layout it should be ${expected}.`,
    },
  },
  check: {
    names: (s) => {
      const hits: Hit<typeof messagesId>[] = [];
      for (const n of s.names) {
        const refersTo = n.found?.refersTo;
        if (n.state !== "otherSheet" || refersTo === undefined) continue;
        hits.push({
          say: (m) => m.nameOtherSheet(n.name, refersTo, s.sheet),
          sheet: s.sheet,
          cell: n.planned,
          indicator: n.indicator,
          current: refersTo,
          expected: n.expected,
        });
      }
      for (const n of s.names) {
        const moved = n.displaced;
        if (!moved) continue;
        hits.push({
          say: (m) => m.nameMoved(n.name, moved.address, moved.expectedAt),
          sheet: moved.sheet,
          cell: moved.address,
          indicator: n.indicator,
          current: n.found?.refersTo,
          expected: n.expected,
        });
      }
      return hits;
    },
  },
});

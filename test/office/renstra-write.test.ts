import { buildRenstraPlan } from "../../src/core/sakip/renstra";
import { CATALOGUE } from "../../src/core/catalogue";
import { writeRenstraInContext } from "../../src/office/renstra";
import { createFakeExcel } from "../fake-excel/fake-excel";

/** The Target Renstra sheet written through Office.js on the strict fake Excel. */

const plan = (awal: number, akhir: number) =>
  buildRenstraPlan({ periode: { awal, akhir }, namaPerangkatDaerah: CATALOGUE.agency.nama });

describe("writeRenstraInContext", () => {
  test("adds the sheet in two syncs with its names scoped to it, then keeps typed values by name", async () => {
    const excel = createFakeExcel({ sheets: ["IKU 2027"] });
    excel.resetSyncs();
    const r = await writeRenstraInContext(excel.context, { periode: { awal: 2025, akhir: 2029 } });
    expect(r).toMatchObject({ ok: true, value: { created: true, indicators: 18, kept: 0 } });
    expect(excel.syncs()).toBe(2);
    const p = plan(2025, 2029);
    const t27 = p.cells.find((c) => c.name === "IKU06_TARGET_2027")!.address;
    expect(excel.named("IKU06_TARGET_2027", "Target Renstra")).toMatchObject({ address: t27 });
    expect(excel.sheet("Target Renstra").protected).toBe(true);

    excel.type("IKU06_TARGET_2027", 75, "Target Renstra");
    excel.type("IKU06_TARGET_2025", 70, "Target Renstra");
    const refused = await writeRenstraInContext(excel.context, {
      periode: { awal: 2026, akhir: 2030 },
    });
    expect(refused).toMatchObject({ ok: false, problem: { code: "userNotes" } });
    expect(excel.valueOf("IKU06_TARGET_2025", "Target Renstra")).toBe(70);
    excel.resetSyncs();
    const done = await writeRenstraInContext(excel.context, {
      periode: { awal: 2026, akhir: 2030 },
      removeNotes: true,
    });
    expect(done).toMatchObject({ ok: true, value: { created: false, kept: 1 } });
    // The sheet's own names come with the sheet list: one read, one write.
    expect(excel.syncs()).toBe(2);
    // The old period's names are gone, the new ones are the sheet's own; no workbook name.
    expect(excel.workbook.names.filter((n) => n.scope === undefined)).toEqual([]);
    expect(excel.workbook.names.some((n) => n.name === "IKU06_TARGET_2025")).toBe(false);
    expect(excel.named("IKU06_TARGET_2030", "Target Renstra").sheet.name).toBe("Target Renstra");
    expect(excel.valueOf("IKU06_TARGET_2027", "Target Renstra")).toBe(75);
  });
});

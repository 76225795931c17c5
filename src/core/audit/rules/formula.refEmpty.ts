import { argumentOrder, auditRule, list } from "../rule";

/** An IKU. call of a staff formula takes a required argument from blank cells. */
export const formulaRefEmpty = auditRule({
  id: "formula.refEmpty",
  severity: "warning",
  label: "Merujuk sel kosong",
  labelEn: "Refers to an empty cell",
  messages: {
    id: {
      refEmpty: (fn: string, param: string, cells: readonly string[]) =>
        `Argumen '${param}' dari ${fn} merujuk sel kosong ${list(cells)}: di Excel desktop sel kosong dikirim ke fungsi sebagai 0 (hasilnya angka, mis. 0 %, seolah sudah diisi), di Excel untuk web sebagai kosong (hasilnya #N/A "… belum diisi"). Isi selnya, atau bungkus argumennya, mis. IF(ISBLANK(A1);"";A1), agar hasilnya #N/A di semua Excel.`,
    },
    en: {
      refEmpty: (fn, param, cells) =>
        `Argument '${param}' of ${fn} refers to the empty cell ${list(cells)}: Excel desktop passes an empty cell to the function as 0 (the result is a number, e.g. 0 %, as if it were filled in), Excel on the web as blank (the result is #N/A "… not filled in yet"). Fill in the cell, or wrap the argument, e.g. IF(ISBLANK(A1),"",A1), so that the result is #N/A in every Excel.`,
    },
  },
  check: {
    // An optional argument may be blank (CAPAIAN's polaritas).
    staffFormula: (s) =>
      s
        .arguments()
        .filter((a) => a.empty.length > 0 && !a.spec.optional)
        .map((a) => ({
          say: (m) => m.refEmpty(a.callName, a.spec.name, a.empty),
          order: argumentOrder(a.call, a.argument),
        })),
  },
});

import { readFileSync } from "fs";
import { join } from "path";
import { CATALOGUE, functionParams } from "../src/core/catalogue";

/** README's function table is documentation of the public interface: it must follow the catalogue. */
describe("README", () => {
  const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");

  test("starts with the two commands: run the add-in, run the tests", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const commands = firstBlock
      .split("\n")
      .map((l) => l.replace(/#.*$/, "").trim())
      .filter(Boolean);
    expect(commands).toEqual(["npm ci && npm start", "npm ci && npm test"]);
  });

  test.each(CATALOGUE.indicators.map((i) => [i.code, i] as const))(
    "lists %s with the catalogue's function and parameters",
    (_code, indicator) => {
      const params = functionParams(indicator)
        .map((p) => (p.repeating ? `${p.name}, [${p.name}], …` : p.name))
        .join(", ");
      expect(readme).toContain(`\`=IKU.${indicator.functionName}(${params})\``);
    }
  );

  test.each(CATALOGUE.helpers.map((h) => [h.functionName, h] as const))(
    "lists helper %s with its parameters",
    (_name, helper) => {
      const params = helper.params
        .map((p) =>
          p.repeating ? `${p.name}, [${p.name}], …` : p.optional ? `[${p.name}]` : p.name
        )
        .join(", ");
      expect(readme).toContain(`\`=IKU.${helper.functionName}(${params})\``);
    }
  );
});

// Round-trips JSON files through the TypeScript module quicktype generates from each schema:
// its `Convert.to…` checks the value against the types at run time, and `Convert.…ToJson`
// writes it back.
//
// Each line of standard input is `KIND<TAB>IN<TAB>OUT`: KIND is `report` or `findings`, IN the
// file to read, OUT where to write it back. A report picks its module by its "edition" tag.
// Each line of standard output is `ok`, or `refused<TAB>why`.
import { readFileSync, writeFileSync } from "node:fs";
import { Convert as Findings } from "./findings";
import { Convert as Format2019 } from "./format2019";
import { Convert as Format2021 } from "./format2021";
import { Convert as Regulation2008 } from "./regulation2008";

function roundTrip(kind: string, json: string): string {
  if (kind === "findings") {
    return Findings.ogiReportFindingsToJson(Findings.toOgiReportFindings(json));
  }
  const edition: unknown = JSON.parse(json)?.edition;
  switch (edition) {
    case "format_2021":
      return Format2021.format2021ReportToJson(Format2021.toFormat2021Report(json));
    case "format_2019":
      return Format2019.format2019ReportToJson(Format2019.toFormat2019Report(json));
    case "regulation_2008":
      return Regulation2008.regulation2008ReportToJson(Regulation2008.toRegulation2008Report(json));
    default:
      throw new Error(`no type for the edition ${JSON.stringify(edition)}`);
  }
}

const lines = readFileSync(0, "utf8").split("\n").filter((line) => line !== "");
for (const line of lines) {
  const fields = line.split("\t");
  if (fields.length !== 3) {
    process.stderr.write(`expected KIND<TAB>IN<TAB>OUT, found ${line}\n`);
    process.exit(2);
  }
  const [kind, input, output] = fields;
  try {
    writeFileSync(output, roundTrip(kind, readFileSync(input, "utf8")));
    console.log("ok");
  } catch (e) {
    console.log(`refused\t${String((e as Error).message).replace(/\s+/g, " ")}`);
  }
}

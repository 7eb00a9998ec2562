// The committed JSON Schemas, as a TypeScript user meets them.
//
// 1. Ajv (draft 2020-12, strict mode, formats from ajv-formats), @hyperjump/json-schema
//    (with `format` asserted and as an annotation) and @cfworker/json-schema give the
//    verdict of tests/fixtures/manifest.json on every fixture; Hyperjump reports every
//    defect at the pointer the crate names.
// 2. json-schema-to-typescript, run on the committed schemas, gives exactly the committed
//    declarations in schema/bindings/typescript/ (with --write, it rewrites them instead).
// 3. The TypeScript example in docs/SCHEMA.md, which reads a fee and a matrix cell through those
//    declarations, passes `tsc --strict --noEmit`, and then compiles and runs.
//
// Run by scripts/consumers/run, which installs the pinned tools first (npm ci).

import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { Validator as CfworkerValidator } from "@cfworker/json-schema";
import {
  registerSchema,
  setShouldValidateFormat,
  validate as hyperjumpValidate,
} from "@hyperjump/json-schema/draft-2020-12";
import "@hyperjump/json-schema/formats";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compile } from "json-schema-to-typescript";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../../..");
const FIXTURES = join(ROOT, "tests/fixtures");
const BINDINGS = join(ROOT, "schema/bindings/typescript");
const VALIDATOR = "ajv";
const require = createRequire(import.meta.url);

// One declaration file per schema, and the name of the schema's root type.
const GENERATED = {
  report: { file: "ogi-report.d.ts", root: "OgiReport" },
  findings: { file: "ogi-report-findings.d.ts", root: "OgiReportFindings" },
};

const failures = [];
function fail(message) {
  failures.push(message);
  console.log(`FAIL ${message}`);
}

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const manifest = readJson(join(FIXTURES, "manifest.json"));
const schemas = Object.fromEntries(
  Object.entries(manifest.schemas).map(([kind, rel]) => [kind, readJson(join(FIXTURES, rel))]),
);

function expectedVerdict(fixture, who) {
  const difference = fixture.known_differences?.[who];
  return difference ? difference.valid : fixture.valid;
}

function checkSchemas() {
  // strict: true refuses unknown keywords, ignored keywords and ambiguous types.
  // allowUnionTypes: the schemas write an optional field as `"type": ["string", "null"]`,
  // which strict mode's strictTypes refuses unless union types are allowed.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  // The schemas' one annotation of their own: the official Chinese label. Strict mode
  // refuses unknown keywords until they are declared.
  ajv.addKeyword("x-label-zh");
  const validate = Object.fromEntries(
    Object.entries(schemas).map(([kind, schema]) => [kind, ajv.compile(schema)]),
  );
  for (const fixture of manifest.fixtures) {
    const doc = readJson(join(FIXTURES, fixture.file));
    const valid = validate[fixture.schema](doc);
    const want = expectedVerdict(fixture, VALIDATOR);
    if (valid !== want) {
      const detail = (validate[fixture.schema].errors ?? [])
        .slice(0, 3)
        .map((e) => `${e.instancePath} ${e.message}`)
        .join("; ");
      fail(`${VALIDATOR}: ${fixture.file}: valid=${valid}, expected ${want} ${detail}`);
    }
  }
  const version = readJson(join(HERE, "node_modules/ajv/package.json")).version;
  console.log(
    `ok   ajv ${version} (strict) gives the manifest's verdict on ${manifest.fixtures.length} fixtures`,
  );
}

// Two more draft 2020-12 validators. Hyperjump asserts `format` only when told to: it is run
// both ways, and with `format` as an annotation only the date `pattern` refuses a malformed
// date (2023-02-30 passes it: a known difference in the manifest). @cfworker/json-schema
// always asserts `format`.
async function checkOtherValidators() {
  for (const schema of Object.values(schemas)) registerSchema(schema);
  const versionOf = (pkg) => readJson(join(HERE, `node_modules/${pkg}/package.json`)).version;
  for (const formats of [true, false]) {
    setShouldValidateFormat(formats);
    const who = formats ? "hyperjump" : "hyperjump (format as annotation)";
    for (const fixture of manifest.fixtures) {
      const doc = readJson(join(FIXTURES, fixture.file));
      const output = await hyperjumpValidate(schemas[fixture.schema].$id, doc, "BASIC");
      const want = expectedVerdict(fixture, who);
      if (output.valid !== want) {
        fail(`${who}: ${fixture.file}: valid=${output.valid}, expected ${want}`);
      }
      // The edition is selected by its tag, so no other edition's branch is reported: an
      // invalid fixture's errors all lie in the part the crate names (a wrong fee: at the fee
      // itself).
      if (!output.valid && fixture.pointer) {
        const exact = fixture.file === "invalid/fee_as_number.json";
        const scope = exact ? fixture.pointer : fixture.pointer.split("/").slice(0, 2).join("/");
        const stray = (output.errors ?? [])
          .map((e) => decodeURIComponent(e.instanceLocation.replace(/^#/, "")))
          .filter((at) => at !== scope && !at.startsWith(`${scope}/`));
        if (stray.length > 0) fail(`${who}: ${fixture.file}: errors outside ${scope}: ${stray}`);
      }
    }
    console.log(
      `ok   @hyperjump/json-schema ${versionOf("@hyperjump/json-schema")} (format ${formats ? "asserted" : "an annotation"}) gives the manifest's verdict on ${manifest.fixtures.length} fixtures, each error in the part the crate names`,
    );
  }
  const who = "cfworker";
  const validators = Object.fromEntries(
    Object.entries(schemas).map(([kind, schema]) => [kind, new CfworkerValidator(schema, "2020-12", false)]),
  );
  for (const fixture of manifest.fixtures) {
    const doc = readJson(join(FIXTURES, fixture.file));
    const valid = validators[fixture.schema].validate(doc).valid;
    const want = expectedVerdict(fixture, who);
    if (valid !== want) fail(`${who}: ${fixture.file}: valid=${valid}, expected ${want}`);
  }
  console.log(
    `ok   @cfworker/json-schema ${versionOf("@cfworker/json-schema")} gives the manifest's verdict on ${manifest.fixtures.length} fixtures`,
  );
}

// json-schema-to-typescript names a type after its `title`, and gives every titled schema a
// type of its own. The schemas title only their definitions (by their `$defs` keys) and the
// root; the official Chinese label opens each description. Titles are dropped here and types
// take their names from the `$defs` keys: `Fee`, `CountCell`, `ApplicantRow`.
function withoutTitles(node) {
  if (Array.isArray(node)) return node.map(withoutTitles);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "title" && typeof value === "string") continue;
    if (key === "examples" || key === "x-label-zh") continue;
    if (key === "properties" || key === "$defs") {
      // maps from names to schemas: a property may itself be called "title"
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, withoutTitles(sub)]),
      );
      continue;
    }
    out[key] = withoutTitles(value);
  }
  // A `$ref` with a description beside it would become a copy of the referenced type under a
  // numbered name (`ApplicantRow1`, …); the same reference under `allOf` keeps one type and
  // the property's own doc comment.
  if (typeof out.$ref === "string" && Object.keys(out).length > 1) {
    const { $ref, ...annotations } = out;
    return { allOf: [{ $ref }], ...annotations };
  }
  return out;
}

// The report schema's root selects its edition with `if`/`then`, which generators do not
// read: for generation it is written as the union it stands for, `oneOf` the editions.
function forGeneration(schema, root) {
  const branches = (schema.allOf ?? []).filter((b) => b.if && b.then).map((b) => b.then);
  const view = { ...schema };
  if (branches.length > 0) {
    for (const key of ["allOf", "properties", "required", "type"]) delete view[key];
    view.oneOf = branches;
  }
  const out = withoutTitles(view);
  out.title = root;
  return out;
}

async function generate(kind) {
  const { file, root } = GENERATED[kind];
  const schema = forGeneration(schemas[kind], root);
  const banner =
    `/* Generated from schema/${manifest.schemas[kind].split("/").pop()} by ` +
    `json-schema-to-typescript; do not edit. Regenerate: scripts/consumers/run --write */`;
  const text = await compile(schema, root, {
    bannerComment: banner,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    customName: (_schema, definitionKey) => definitionKey,
    cwd: ROOT,
  });
  return { file, text };
}

async function checkBindings(write) {
  for (const kind of Object.keys(GENERATED)) {
    const { file, text } = await generate(kind);
    const path = join(BINDINGS, file);
    if (write) {
      mkdirSync(BINDINGS, { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote schema/bindings/typescript/${file}`);
      continue;
    }
    let committed = null;
    try {
      committed = readFileSync(path, "utf8");
    } catch {
      committed = null;
    }
    if (committed !== text) {
      fail(`schema/bindings/typescript/${file} is stale: run \`scripts/consumers/run --write\``);
    }
  }
  if (!write) {
    console.log(
      "ok   the committed declarations are what json-schema-to-typescript makes of the schemas",
    );
  }
}

const DOC_SECTION = "## Using the schema from other languages";

function readmeBlock(language) {
  const readme = readFileSync(join(ROOT, "docs/SCHEMA.md"), "utf8");
  const start = readme.indexOf(DOC_SECTION);
  if (start < 0) throw new Error(`docs/SCHEMA.md has no '${DOC_SECTION}'`);
  const end = readme.indexOf("\n## ", start + DOC_SECTION.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))];
  if (blocks.length !== 1) throw new Error(`docs/SCHEMA.md: expected one \`\`\`${language} block`);
  return blocks[0][1];
}

// The example is compiled as a user would: in a project of its own that holds a copy
// of the committed declarations, with ajv and @types/node installed.
function checkReadmeExample() {
  const project = mkdtempSync(join(tmpdir(), "ogi-report-ts-"));
  try {
    writeFileSync(join(project, "example.ts"), readmeBlock("ts"));
    for (const { file } of Object.values(GENERATED)) {
      cpSync(join(BINDINGS, file), join(project, file));
    }
    symlinkSync(join(HERE, "node_modules"), join(project, "node_modules"), "dir");
    // A CommonJS project, the common case, where ajv's and ajv-formats' default exports
    // import as written in their documentation.
    const tsc = require.resolve("typescript/bin/tsc");
    const common = [
      "--strict", "--target", "es2022", "--module", "commonjs", "--moduleResolution", "node10",
      "--esModuleInterop", "--types", "node",
    ];
    // The check the schema promises: the consumer type-checks under --strict.
    execFileSync(process.execPath, [tsc, ...common, "--noEmit", "example.ts"], {
      cwd: project,
      stdio: "inherit",
    });
    console.log("ok   docs/SCHEMA.md's TypeScript example passes tsc --strict --noEmit");
    // And it runs.
    execFileSync(process.execPath, [tsc, ...common, "--outDir", "out", "example.ts"], {
      cwd: project,
      stdio: "inherit",
    });
    const output = execFileSync(process.execPath, [join(project, "out/example.js")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    console.log("ok   docs/SCHEMA.md's TypeScript example runs:");
    for (const line of output.trimEnd().split("\n")) console.log(`       ${line}`);
  } catch (e) {
    fail(`docs/SCHEMA.md TypeScript example: ${e.message}`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

const write = process.argv.includes("--write");
checkSchemas();
await checkOtherValidators();
await checkBindings(write);
checkReadmeExample();
if (failures.length > 0) {
  console.log(`\n${failures.length} TypeScript check(s) failed`);
  process.exit(1);
}

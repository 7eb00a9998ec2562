"""Generates Go, Java and TypeScript types from the schemas with quicktype and proves them.

    python3 scripts/consumers/quicktype/check.py [--write]

For each language:
  * quicktype makes the types of every edition schema and of the findings schema;
  * the Go and Java ones must equal the committed schema/bindings/go and schema/bindings/java
    (`--write` rewrites those instead);
  * the types compile (go build; javac against Debian's Jackson jars; tsc --strict);
  * a small program per language reads every fixture of tests/fixtures/manifest.json and
    writes it back: valid fixtures must be read, invalid ones refused, unless the manifest's
    `known_differences` records that language's other verdict, and why;
  * the crate then reads every file written back as the same report or findings
    (`conformance::generated_code_writes_back_every_valid_fixture`, run with --ignored).

Needs: node and npm (quicktype, tsc), go, javac and the Jackson jars from Debian.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = ROOT / "scripts/consumers/quicktype"
BUILD = ROOT / "target/consumers/quicktype"
FIXTURES = ROOT / "tests/fixtures"
BINDINGS = ROOT / "schema/bindings"
QUICKTYPE = HERE / "node_modules/.bin/quicktype"
TSC = HERE / "node_modules/.bin/tsc"
JARS = ":".join(
    f"/usr/share/java/jackson-{name}.jar" for name in ("annotations", "core", "databind")
)

# package, schema, top-level type
SCHEMAS = [
    ("format2021", "schema/format-2021.schema.json", "Format2021Report"),
    ("format2019", "schema/format-2019.schema.json", "Format2019Report"),
    ("regulation2008", "schema/regulation-2008.schema.json", "Regulation2008Report"),
    ("findings", "schema/ogi-report-findings.schema.json", "OgiReportFindings"),
]
GO_MODULE = "ogireport"
GO_MOD = f"module {GO_MODULE}\n\ngo 1.19\n"

failures: list[str] = []


def fail(message: str) -> None:
    failures.append(message)
    print(f"FAIL {message}")


def run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], check=True, text=True, **kwargs)


def quicktype(lang: str, package: str, schema: str, top: str, out: Path, *extra: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    run(QUICKTYPE, "--src-lang", "schema", "--lang", lang, "--top-level", top, *extra,
        "--out", out, ROOT / schema, cwd=ROOT)


def generate(build: Path) -> None:
    """quicktype's output for every schema and language, under build/{go,java,typescript}."""
    for package, schema, top in SCHEMAS:
        quicktype("go", package, schema, top, build / "go" / package / f"{package}.go",
                  "--package", package)
        quicktype("java", package, schema, top,
                  build / "java" / GO_MODULE / package / f"{top}.java",
                  "--package", f"{GO_MODULE}.{package}")
        # Without --no-date-times the TypeScript module turns a date into a JavaScript Date
        # and writes it back as a time ("2019-01-17T00:00:00.000Z").
        quicktype("typescript", package, schema, top, build / "typescript" / f"{package}.ts",
                  "--no-date-times")
    (build / "go" / "go.mod").write_text(GO_MOD, encoding="utf-8")


DOC_MARK = "<!-- quicktype commands: scripts/consumers/quicktype/check.py runs these lines as written -->"


def check_readme(made: Path) -> None:
    """Runs docs/SCHEMA.md's quicktype lines as written (npx replaced by the pinned install) in
    an empty folder beside the schemas; what they write must be what the check generates."""
    text = (ROOT / "docs/SCHEMA.md").read_text(encoding="utf-8")
    block = text.split(DOC_MARK, 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split() for line in block.splitlines() if line.strip()]
    work = BUILD / "readme"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / "schema").symlink_to(ROOT / "schema")
    for command in commands:
        if command[:2] == ["mkdir", "-p"]:
            run(*command, cwd=work)
            continue
        if command[:2] != ["npx", "quicktype@26.0.0"]:
            fail(f"README: not a quicktype 26.0.0 command: {' '.join(command)}")
            return
        run(QUICKTYPE, *command[2:], cwd=work)
    pairs = {
        "format2021/format2021.go": made / "go/format2021/format2021.go",
        "format2021.ts": made / "typescript/format2021.ts",
    }
    for java in (made / "java/ogireport/format2021").iterdir():
        pairs[f"ogireport/format2021/{java.name}"] = java
    written = {f for f in files(work) if not f.startswith("schema/")}
    if written != set(pairs):
        fail(f"README: the quicktype lines wrote {sorted(written)}, expected {sorted(pairs)}")
        return
    for name, generated in pairs.items():
        if not filecmp.cmp(work / name, generated, shallow=False):
            fail(f"README: {name} differs from what the check generates")
            return
    print(f"ok   docs/SCHEMA.md's {len(commands)} lines run as written and make the same {len(pairs)} files")


def files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def check_committed(build: Path, write: bool) -> None:
    for lang in ("go", "java"):
        made, committed = build / lang, BINDINGS / lang
        if write:
            shutil.rmtree(committed, ignore_errors=True)
            shutil.copytree(made, committed)
            print(f"wrote {committed.relative_to(ROOT)}/ ({len(files(made))} files)")
            continue
        want, have = files(made), files(committed) if committed.exists() else set()
        stale = sorted(f for f in want & have if not filecmp.cmp(made / f, committed / f, shallow=False))
        if want != have or stale:
            fail(f"schema/bindings/{lang}/ is not what quicktype makes of the schemas: "
                 f"missing {sorted(want - have)}, extra {sorted(have - want)}, differing {stale}; "
                 "run `cargo xtask generate` (or `scripts/consumers/run --write`)")
        else:
            print(f"ok   the committed {lang} bindings are what quicktype makes ({len(want)} files)")


def build_go(build: Path) -> list[str]:
    go = build / "go"
    (go / "cmd/roundtrip").mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "go/main.go", go / "cmd/roundtrip/main.go")
    env = dict(os.environ, GOFLAGS="-mod=mod", GOPROXY="off", GOCACHE=str(BUILD / "gocache"),
               GOPATH=str(BUILD / "gopath"))
    run("go", "vet", "./...", cwd=go, env=env)
    run("go", "build", "-o", BUILD / "roundtrip-go", "./cmd/roundtrip", cwd=go, env=env)
    return [str(BUILD / "roundtrip-go")]


# Debian 12's jackson-databind 2.14.0 declares `ObjectWriter.writeValueAsString` to throw
# IOException as well as JsonProcessingException; upstream Jackson declares only the second, which
# quicktype's Converter catches. So each generated Converter.java compiles against Jackson
# from Maven Central but not against Debian's jar. The check asserts exactly that error (a
# change on either side is noticed) and compiles every other class.
CONVERTER_ERROR = "error: unreported exception IOException; must be caught or declared to be thrown"


def build_java(build: Path) -> list[str]:
    classes = BUILD / "java-classes"
    shutil.rmtree(classes, ignore_errors=True)
    sources = sorted(str(p) for p in (build / "java").rglob("*.java"))
    converters = [s for s in sources if s.endswith("/Converter.java")]
    types = [s for s in sources if s not in converters]
    run("javac", "-Xlint:all,-serial", "-Werror", "-d", classes, "-cp", JARS, *types)
    for converter in converters:
        result = subprocess.run(
            ["javac", "-d", BUILD / "java-converter", "-cp", f"{JARS}:{classes}", converter],
            text=True, capture_output=True)
        errors = [line for line in result.stderr.splitlines() if ": error: " in line]
        if result.returncode == 0 or len(errors) != 1 or not errors[0].endswith(CONVERTER_ERROR):
            fail(f"{converter}: expected the one Debian Jackson error, found: {result.stderr}")
    print(f"ok   quicktype-java: {len(converters)} Converter.java fail only on Debian's "
          "writeValueAsString signature")
    run("javac", "-Xlint:all", "-Werror", "-d", classes, "-cp", f"{JARS}:{classes}",
        HERE / "java/RoundTrip.java")
    return ["java", "-cp", f"{JARS}:{classes}", "RoundTrip"]


def build_typescript(build: Path) -> list[str]:
    ts = build / "typescript"
    shutil.copy(HERE / "typescript/roundtrip.ts", ts / "roundtrip.ts")
    out = BUILD / "typescript-js"
    shutil.rmtree(out, ignore_errors=True)
    run(TSC, "--strict", "--target", "es2020", "--module", "commonjs", "--types", "node",
        "--typeRoots", HERE / "node_modules/@types", "--outDir", out, ts / "roundtrip.ts")
    return ["node", str(out / "roundtrip.js")]


def expected_verdict(fixture: dict, who: str) -> bool:
    difference = fixture.get("known_differences", {}).get(who)
    return difference["valid"] if difference else fixture["valid"]


def round_trip(who: str, command: list[str], fixtures: list[dict], out: Path) -> None:
    lines = []
    for fixture in fixtures:
        target = out / who / fixture["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        lines.append(f"{fixture['schema']}\t{FIXTURES / fixture['file']}\t{target}")
    result = run(*command, input="\n".join(lines) + "\n", capture_output=True)
    answers = result.stdout.splitlines()
    if len(answers) != len(fixtures):
        fail(f"{who}: {len(answers)} answers for {len(fixtures)} fixtures: {result.stderr}")
        return
    right = 0
    for fixture, answer in zip(fixtures, answers):
        read = answer == "ok"
        want = expected_verdict(fixture, who)
        if read != want:
            fail(f"{who}: {fixture['file']}: {'read' if read else 'refused'}, expected "
                 f"{'read' if want else 'refused'} ({answer})")
        else:
            right += 1
        if not read:
            (out / who / fixture["file"]).unlink(missing_ok=True)
    print(f"ok   {who}: {right} of {len(fixtures)} fixtures read or refused as the manifest says")


def main() -> int:
    write = "--write" in sys.argv[1:]
    manifest = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    fixtures = manifest["fixtures"]
    made = BUILD / "generated"
    shutil.rmtree(made, ignore_errors=True)
    generate(made)
    check_committed(made, write)
    check_readme(made)
    if write:
        return 0
    out = BUILD / "written"
    shutil.rmtree(out, ignore_errors=True)
    for who, build in (("quicktype-go", build_go), ("quicktype-java", build_java),
                       ("quicktype-typescript", build_typescript)):
        command = build(made)
        print(f"ok   {who}: the generated types compile")
        round_trip(who, command, fixtures, out)
    # The crate reads back what each language wrote, as the same report or findings.
    result = subprocess.run(
        ["cargo", "test", "--locked", "--quiet", "--test", "lib", "--",
         "--ignored", "--exact", "conformance::generated_code_writes_back_every_valid_fixture"],
        cwd=ROOT, env=dict(os.environ, OGI_REPORT_WRITTEN_BACK=str(out)), text=True,
        capture_output=True)
    if result.returncode != 0:
        fail(f"the crate does not read back what the generated code wrote:\n{result.stdout}{result.stderr}")
    else:
        print("ok   the crate reads every file written back as the same report or findings")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

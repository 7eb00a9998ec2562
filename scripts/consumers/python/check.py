"""The committed JSON Schemas, as a Python user meets them.

1. python-jsonschema (Draft 2020-12, format checking on) gives the verdict of
   tests/fixtures/manifest.json on every fixture.
2. datamodel-code-generator, run on the committed schemas, gives exactly the
   committed pydantic v2 bindings in schema/bindings/python/ (with --write, it
   rewrites them instead).
3. The committed bindings read every valid fixture and give the same JSON back
   (a fee stays the string "27.2500", a blank stays None), and refuse every
   invalid one.
4. The Python example in docs/SCHEMA.md runs.

Run by scripts/consumers/run, which installs the pinned tools first.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

import jsonschema
import pydantic

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"
BINDINGS = ROOT / "schema" / "bindings" / "python"
VALIDATOR = "python-jsonschema"
MODELS = "pydantic"

# One output module per schema, and the class name of the schema's root.
GENERATED = {
    "report": ("ogi_report_models.py", "OgiReport"),
    "findings": ("ogi_report_findings_models.py", "OgiReportFindings"),
}

# The generator options, chosen so that the models are as strict as the schema:
# closed objects come out as extra="forbid", and strict str/int/bool refuse what
# pydantic would otherwise coerce (a fee given as a number, a count as "3").
CODEGEN_OPTIONS = [
    "--input-file-type", "jsonschema",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--target-python-version", "3.10",
    "--strict-types", "str", "int", "bool",
    # an enum value reads and compares as the id string it is in JSON: "requests.balance"
    "--enum-field-as-literal", "all",
    "--use-annotated",
    "--collapse-root-models",
    "--use-type-alias-type",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--use-field-description",
    "--keep-model-order",
    "--disable-timestamp",
    "--formatters", "builtin",
]

failures: list[str] = []


def fail(message: str) -> None:
    failures.append(message)
    print(f"FAIL {message}")


def manifest() -> dict:
    return json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))


def expected_verdict(fixture: dict, who: str) -> bool:
    difference = fixture.get("known_differences", {}).get(who)
    return difference["valid"] if difference else fixture["valid"]


def check_schemas(m: dict) -> None:
    cls = jsonschema.Draft202012Validator
    validators = {}
    for kind, rel in m["schemas"].items():
        schema = json.loads((FIXTURES / rel).read_text(encoding="utf-8"))
        cls.check_schema(schema)
        validators[kind] = cls(schema, format_checker=cls.FORMAT_CHECKER)
    for fixture in m["fixtures"]:
        doc = json.loads((FIXTURES / fixture["file"]).read_text(encoding="utf-8"))
        errors = list(validators[fixture["schema"]].iter_errors(doc))
        want = expected_verdict(fixture, VALIDATOR)
        if (not errors) != want:
            detail = "; ".join(f"{e.json_path}: {e.message[:100]}" for e in errors[:3])
            fail(f"{VALIDATOR}: {fixture['file']}: valid={not errors}, expected {want} {detail}")
    print(f"ok   {VALIDATOR} {version('jsonschema')} gives the manifest's verdict on {len(m['fixtures'])} fixtures")


def generator_view(schema: dict) -> dict:
    """The report schema's root selects its edition with `if`/`then` (validators then report
    a defect inside the one edition it belongs to); code generators do not read `if`/`then`,
    so the bindings are generated from the same schema with that root written as the union
    it stands for: `oneOf` the editions' report types."""
    branches = [b["then"] for b in schema.get("allOf", []) if "if" in b and "then" in b]
    if not branches:
        return schema
    view = {k: v for k, v in schema.items()
            if k not in ("allOf", "properties", "required", "type", "examples")}
    view["oneOf"] = branches
    return view


def generate(out_dir: Path) -> None:
    for kind, (module, root_class) in GENERATED.items():
        path = FIXTURES / manifest()["schemas"][kind]
        view = out_dir / f"{kind}.schema.json"
        view.write_text(json.dumps(generator_view(json.loads(path.read_text(encoding="utf-8"))),
                                   ensure_ascii=False, indent=2), encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "datamodel_code_generator",
             "--input", str(view), "--output", str(out_dir / module),
             "--class-name", root_class, *CODEGEN_OPTIONS],
            check=True,
        )
        # The banner names the committed schema, not the temporary view.
        generated = (out_dir / module).read_text(encoding="utf-8")
        (out_dir / module).write_text(
            generated.replace(f"{kind}.schema.json", path.name), encoding="utf-8")


def check_bindings(write: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp))
        for module, _ in GENERATED.values():
            fresh = (Path(tmp) / module).read_text(encoding="utf-8")
            committed_path = BINDINGS / module
            if write:
                BINDINGS.mkdir(parents=True, exist_ok=True)
                committed_path.write_text(fresh, encoding="utf-8")
                print(f"wrote {committed_path.relative_to(ROOT)}")
            elif not committed_path.exists() or committed_path.read_text(encoding="utf-8") != fresh:
                fail(f"schema/bindings/python/{module} is stale: run `scripts/consumers/run --write`")
    if not write:
        print("ok   the committed pydantic bindings are what datamodel-code-generator makes of the schemas")


def load_module(module: str):
    spec = importlib.util.spec_from_file_location(module[:-3], BINDINGS / module)
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[module[:-3]] = loaded
    spec.loader.exec_module(loaded)
    return loaded


def check_models(m: dict) -> None:
    # The report root is a union (a type alias), the findings root a model: a
    # TypeAdapter reads either.
    roots = {
        kind: pydantic.TypeAdapter(getattr(load_module(module), root_class))
        for kind, (module, root_class) in GENERATED.items()
    }
    models = {}
    for fixture in m["fixtures"]:
        text = (FIXTURES / fixture["file"]).read_text(encoding="utf-8")
        want = expected_verdict(fixture, MODELS)
        try:
            model = roots[fixture["schema"]].validate_json(text)
        except pydantic.ValidationError as e:
            if want:
                fail(f"{MODELS}: {fixture['file']} is refused: {str(e).splitlines()[0]}")
            continue
        if not want:
            fail(f"{MODELS}: {fixture['file']} is accepted, expected refused")
            continue
        back = roots[fixture["schema"]].dump_python(
            model, mode="json", by_alias=True, exclude_unset=True)
        if back != json.loads(text):
            fail(f"{MODELS}: {fixture['file']} does not give the same JSON back")
        models[fixture["file"]] = model

    # The values a user reads, exactly as published.
    seed_002 = models["reports/002_luohe_huizu_2022.json"]
    fee = seed_002.proactive.administrative_fees.amount
    if fee != "27.2500" or not isinstance(fee, str):
        fail(f"{MODELS}: seed 002 fee is {fee!r}, expected the string '27.2500'")
    seed_003 = models["reports/003_liaocheng_2019.json"]
    received = seed_003.requests.new_received
    if received.natural_person != 2:
        fail(f"{MODELS}: seed 003 new natural-person applications: {received.natural_person!r}")
    if received.commercial_enterprise is not None:
        fail(f"{MODELS}: seed 003 blank cell read as {received.commercial_enterprise!r}")
    change = seed_003.proactive.penalties.items_change
    if getattr(change, "raw", None) != "减":
        fail(f"{MODELS}: seed 003 raw cell read as {change!r}")
    amount = seed_003.proactive.procurement.total_amount
    if amount != "48359.899368":
        fail(f"{MODELS}: seed 003 procurement amount read as {amount!r}")
    print(f"ok   pydantic {pydantic.VERSION} models read {len(models)} valid fixtures back unchanged"
          f" and refuse the invalid ones")


DOC_SECTION = "## Using the schema from other languages"


def readme_block(language: str) -> str:
    readme = (ROOT / "docs/SCHEMA.md").read_text(encoding="utf-8")
    start = readme.index(DOC_SECTION)
    end = readme.find("\n## ", start + len(DOC_SECTION))
    section = readme[start:end if end >= 0 else len(readme)]
    blocks = re.findall(rf"```{language}\n(.*?)```", section, flags=re.S)
    if len(blocks) != 1:
        raise SystemExit(f"docs/SCHEMA.md: expected one ```{language} block in '{DOC_SECTION}'")
    return blocks[0]


def check_readme_example() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "example.py"
        script.write_text(readme_block("python"), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(BINDINGS))
        run = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env,
                             capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"docs/SCHEMA.md Python example exited {run.returncode}:\n{run.stdout}{run.stderr}")
    else:
        print("ok   docs/SCHEMA.md's Python example runs:")
        print("".join(f"       {line}\n" for line in run.stdout.splitlines()), end="")


def main() -> int:
    write = "--write" in sys.argv[1:]
    m = manifest()
    check_schemas(m)
    check_bindings(write)
    check_models(m)
    check_readme_example()
    if failures:
        print(f"\n{len(failures)} Python check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Compares the table cells of two reports: parts 二, 三 and 四, every cell.

same_tables.py WANT GOT LABEL          fails unless every cell is the same
same_tables.py --count WANT GOT LABEL  prints how many cells are the same, and fails if a
                                       cell holds another value than WANT's (a blank one,
                                       where the text lost it, is counted, not failed)
"""
import json
import sys

TEXT_FIELDS = {"heading", "text_before", "text_after"}


def cells(value, pointer=""):
    if isinstance(value, dict) and set(value) != {"raw"}:
        for key, inner in value.items():
            if key not in TEXT_FIELDS:
                yield from cells(inner, f"{pointer}/{key}")
    else:
        yield pointer, value


def tables(report):
    out = {}
    for part in ("proactive", "requests", "review_litigation"):
        out.update(cells(report.get(part, {}), f"/{part}"))
    return out


def main():
    args = sys.argv[1:]
    count = args[0] == "--count"
    if count:
        args = args[1:]
    want_path, got_path, label = args
    want = tables(json.load(open(want_path, encoding="utf-8")))
    got = tables(json.load(open(got_path, encoding="utf-8")))
    differ = sorted(p for p in want.keys() | got.keys() if want.get(p, "<absent>") != got.get(p, "<absent>"))
    same = len(want) - len([p for p in differ if p in want])
    if count:
        wrong = [p for p in differ if got.get(p) is not None]
        print(f"info {label}: {same} of {len(want)} table cells the same, "
              f"{len(differ) - len(wrong)} left blank, {len(wrong)} wrong")
        for p in wrong[:20]:
            print(f"  {p}: want {json.dumps(want.get(p, '<absent>'), ensure_ascii=False)}, got {json.dumps(got.get(p), ensure_ascii=False)}")
        return 1 if wrong else 0
    if differ:
        print(f"FAIL {label}: {len(differ)} of {len(want)} table cells differ")
        for p in differ[:20]:
            print(f"  {p}: want {json.dumps(want.get(p, '<absent>'), ensure_ascii=False)}, got {json.dumps(got.get(p, '<absent>'), ensure_ascii=False)}")
        return 1
    print(f"ok   {label}: all {len(want)} table cells the same")
    return 0


if __name__ == "__main__":
    sys.exit(main())

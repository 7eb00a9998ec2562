"""Rewrites a PDF so that its text is drawn column by column: every BT…ET block of a page
is moved, in order of its x then its y, to the end of the page's drawing, where the same
transformation holds. What is drawn, and where, is unchanged; only the drawing order is not
the reading order any more (as in real reports written by some tools).

    python3 scripts/pdf/by_column.py IN.pdf OUT.pdf

Needs qpdf (Debian's package) to expand and re-pack the content streams.
"""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

TM = re.compile(rb"^[-.\d]+ [-.\d]+ [-.\d]+ [-.\d]+ ([-.\d]+) ([-.\d]+) Tm$", re.M)


def reorder(stream: bytes) -> bytes:
    """Moves the BT…ET blocks of one content stream to just before its last `Q`."""
    blocks = []

    def take(match):
        blocks.append(match.group(0))
        return b""

    rest = re.sub(rb"(?ms)^BT$.*?^ET$\n?", take, stream)
    if len(blocks) < 2:
        return stream

    def key(block):
        m = TM.search(block)
        return (round(float(m.group(1))), float(m.group(2))) if m else (0, 0.0)

    ordered = b"".join(sorted(blocks, key=key))
    at = rest.rfind(b"\nQ\n")
    return rest[: at + 1] + ordered + rest[at + 1 :]


def main(src: str, dst: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        qdf = Path(tmp) / "q.pdf"
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", src, str(qdf)], check=True)
        data = qdf.read_bytes()
        # Each page's content is a stream that opens with a transformation and holds BT blocks.
        out = re.sub(
            rb"(?s)(stream\n)(.*?)(\nendstream)",
            lambda m: m.group(1) + (reorder(m.group(2) + b"\n")[:-1] if b"\nBT\n" in m.group(2) else m.group(2)) + m.group(3),
            data,
        )
        qdf.write_bytes(out)
        fixed = Path(tmp) / "fixed.pdf"
        subprocess.run(["fix-qdf", str(qdf)], stdout=fixed.open("wb"), check=True)
        subprocess.run(["qpdf", "--compress-streams=y", "--object-streams=generate", str(fixed), dst], check=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

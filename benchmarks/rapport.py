"""The Rapport bovenlokale netwerken of a 30-organisation session: time, pages, memory.

Builds a fresh SQLite database with `demo --werkingen N`, then runs, each in a new process
pinned to one core (taskset, CPU 1):

- `manage.py rapport CODE -o rapport.pdf`: what a coordinator's download costs (data, template,
  WeasyPrint with our fetcher and the tagged PDF/UA-1 output), Django's start-up included;
- plain WeasyPrint on the very same HTML and stylesheet (default fetcher, default options), and
  plain WeasyPrint with the same pdf/ua-1 variant: the ratio between the latter and ours is our
  own overhead.

    .venv/bin/python benchmarks/rapport.py [--werkingen 30] [--herhalingen 5]

CPU time (user + system) and peak memory (maximum resident set) come from the finished
process's own resource usage (`os.wait4`, as `resource.getrusage` reports it): on a machine
shared with other work, CPU time is the figure to compare; wall time includes waiting for
the core.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CODE = "BNCH3Z"

PLAIN = """
import sys, time
from weasyprint import HTML
html_pad, uit, variant = sys.argv[1], sys.argv[2], sys.argv[3]
begin = time.perf_counter()
opties = {"pdf_variant": "pdf/ua-1", "pdf_tags": True} if variant == "ua" else {}
HTML(filename=html_pad).write_pdf(uit, **opties)
print(time.perf_counter() - begin)
"""


def pinned(args: list[str]) -> list[str]:
    return (["taskset", "-c", "1"] if shutil.which("taskset") else []) + args


def meet(args: list[str], env: dict) -> tuple[float, int, float]:
    """Wall time, peak resident memory (MB) and CPU time (user + system) of one process. On a
    shared machine the CPU time is the steadier figure: wall time includes waiting for the core."""
    begin = time.perf_counter()
    proces = subprocess.Popen(pinned(args), env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, gebruik = os.wait4(proces.pid, 0)
    duur = time.perf_counter() - begin
    proces.returncode = os.waitstatus_to_exitcode(status)
    if proces.returncode:
        raise subprocess.CalledProcessError(proces.returncode, args)
    # ru_maxrss is in kB on Linux; taskset execs the command, so this is the command itself.
    return duur, gebruik.ru_maxrss // 1024, gebruik.ru_utime + gebruik.ru_stime


def paginas(pdf: Path) -> int:
    uit = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(r for r in uit.stdout.splitlines() if r.startswith("Pages:")).split()[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--werkingen", type=int, default=30)
    parser.add_argument("--herhalingen", type=int, default=5)
    opties = parser.parse_args()

    werkmap = Path(tempfile.mkdtemp(prefix="rapport-bench-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{werkmap / 'db.sqlite3'}",
        "DEBUG": "false",
        "SECRET_KEY": "benchmark",
        "STATIC_FINDERS": "true",
        "STATIC_MANIFEST": "false",
    }
    manage = [PYTHON, "manage.py"]
    for stap in (
        ["migrate", "--no-input", "-v0"],
        ["loaddata", "gemeenten", "inspiratie", "-v0"],
        ["demo", "--code", CODE, "--werkingen", str(opties.werkingen), "--password", "bench"],
    ):
        subprocess.run(manage + stap, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)

    # The very HTML the command renders, beside a copy of the stylesheet it links.
    html_pad = werkmap / "rapport.html"
    (werkmap / "static" / "css").mkdir(parents=True)
    shutil.copy(ROOT / "static" / "css" / "rapport.css", werkmap / "static" / "css")
    subprocess.run(
        [
            *manage,
            "shell",
            "-c",
            "from pathlib import Path; from sessies.models import Sessie; "
            "from rapport.services import rapport_html; "
            f"Path({str(html_pad)!r}).write_text(rapport_html(Sessie.objects.get(code={CODE!r})))",
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )

    pdf = werkmap / "rapport.pdf"
    resultaten: dict[str, list[tuple[float, int, float]]] = {"ons": [], "plain": [], "plain_ua": []}
    for _ in range(opties.herhalingen):
        resultaten["ons"].append(meet([*manage, "rapport", CODE, "-o", str(pdf)], env))
        for naam, variant in (("plain", "gewoon"), ("plain_ua", "ua")):
            resultaten[naam].append(
                meet(
                    [PYTHON, "-c", PLAIN, str(html_pad), str(werkmap / f"{naam}.pdf"), variant],
                    env,
                )
            )
    aantal = paginas(pdf)
    samen = {}
    for naam, metingen in resultaten.items():
        samen[naam] = {
            "mediaan_s": round(statistics.median(t for t, _, _ in metingen), 2),
            "min_s": round(min(t for t, _, _ in metingen), 2),
            "mediaan_cpu_s": round(statistics.median(c for _, _, c in metingen), 2),
            "piek_mb": max(m for _, m, _ in metingen),
        }
    samen["paginas"] = aantal
    for maat in ("mediaan_s", "mediaan_cpu_s"):
        samen[f"paginas_per_s ({maat})"] = round(aantal / samen["ons"][maat], 1)
        samen[f"overhead_tegen_plain_ua ({maat})"] = round(
            samen["ons"][maat] / samen["plain_ua"][maat] - 1, 3
        )
        samen[f"kost_pdf_ua ({maat})"] = round(
            samen["plain_ua"][maat] / samen["plain"][maat] - 1, 3
        )
    samen["kb"] = pdf.stat().st_size // 1024
    print(json.dumps(samen, indent=2))
    shutil.rmtree(werkmap)


if __name__ == "__main__":
    main()

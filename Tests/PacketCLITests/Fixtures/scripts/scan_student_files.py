"""Scans the student-facing files of every packet under OUT for what only the teacher may see.

Usage: scan_student_files.py OUT [--swap]

The source of truth is each packet's own teacher/answer-key-<form>.txt: every entry's key line
(`3. B (Fact)`, `1-A, 2-C`, `CABD`, `jihadist`, `10 (accept 9 to 11)`) and its `Why:`
explanation. In the student files (briefing.txt, quiz-<form>.txt, every XML part of
workbook.xlsx) none may appear: no explanation, no key line, no matching or ordering key, no
accepted short answer inside its own question, no teacher marker. Printed options are fine:
what must not show is WHICH option is right.

--swap scans each teacher answer key in place of its student form, so the scan can be seen to
find leaks. Prints one line per leak; exits 1 when there is any.
"""
import os
import re
import sys
import zipfile
from xml.etree import ElementTree

MARKERS = ["Answer key", "teacher copy", "Why:", "Marked with the rubric", "(accept ", "correct answer", "Correct:"]


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def entries(key_text):
    """(number, key line, explanation) of each answer-key entry."""
    blocks = re.split(r"\n(?=\d+\. )", key_text)
    for block in blocks:
        m = re.match(r"(\d+)\. (.*)", block)
        if not m:
            continue
        lines = block.split("\n")
        why = []
        for i, line in enumerate(lines):
            if line.strip().startswith("Why:"):
                why = [line.strip()[4:]] + [l for l in lines[i + 1:]]
                break
        yield int(m.group(1)), m.group(2).strip(), norm(" ".join(why))


def form_blocks(form_text):
    """Question number -> the text of that question in a printed form."""
    blocks = {}
    for block in re.split(r"\n(?=\d+\. )", form_text):
        m = re.match(r"(\d+)\. ", block)
        if m:
            blocks[int(m.group(1))] = block
    return blocks


def workbook_sheets(path):
    """Sheet title -> the text of every non-empty cell (openpyxl)."""
    import openpyxl
    book = openpyxl.load_workbook(path)
    return {sheet.title: [norm(str(c.value)) for row in sheet.iter_rows() for c in row if c.value is not None]
            for sheet in book}


def workbook_text(path):
    texts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                root = ElementTree.fromstring(z.read(name))
                texts += [t for t in root.itertext() if t.strip()]
                texts += [v for e in root.iter() for k, v in e.attrib.items() if k == "name"]
    return texts


def scan(packet, swap):
    leaks = []
    student, teacher = os.path.join(packet, "student"), os.path.join(packet, "teacher")
    forms = sorted(f[len("quiz-"):-4] for f in os.listdir(student) if re.fullmatch(r"quiz-[A-Z]\.txt", f))
    briefing = norm(open(os.path.join(student, "briefing.txt"), encoding="utf-8").read())
    book = norm(" ".join(workbook_text(os.path.join(student, "workbook.xlsx"))))
    sheets = workbook_sheets(os.path.join(student, "workbook.xlsx"))
    if not forms:
        leaks.append(f"{packet}: no quiz forms to scan")
    for form in forms:
        key = open(os.path.join(teacher, f"answer-key-{form}.txt"), encoding="utf-8").read()
        source = os.path.join(teacher, f"answer-key-{form}.txt") if swap else os.path.join(student, f"quiz-{form}.txt")
        raw = open(source, encoding="utf-8").read()
        text, blocks = norm(raw), form_blocks(raw)
        where = [(f"quiz-{form}.txt", text), ("briefing.txt", briefing), ("workbook.xlsx", book)]
        for marker in MARKERS:
            for name, body in where:
                if marker.lower() in body.lower():
                    leaks.append(f"{packet}/student/{name}: teacher marker '{marker}'")
        for number, line, why in entries(key):
            if len(why) >= 25:
                for name, body in where:
                    if why in body:
                        leaks.append(f"{packet}/student/{name}: explanation of form {form} question {number}")
            if re.search(r"(^|\s)" + re.escape(norm(f"{number}. {line}")) + r"($|\s)", text):
                leaks.append(f"{packet}/student/quiz-{form}.txt: key line '{number}. {line}'")
            letters = re.fullmatch(r"[A-Z]{3,}", line)
            pairs = re.fullmatch(r"\d+-[A-Z](, \d+-[A-Z])+", line)
            if letters or pairs:
                for name, body in where:
                    if re.search(r"\b" + re.escape(line) + r"\b", body):
                        leaks.append(f"{packet}/student/{name}: key '{line}' of form {form} question {number}")
            short = not re.match(r"[A-Z] \(|[A-Z]+$|\d|Marked with", line) and not pairs
            if short:
                block = norm(blocks.get(number, ""))
                if re.search(r"\b" + re.escape(line) + r"\b", block, re.I):
                    leaks.append(f"{packet}/student/quiz-{form}.txt: accepted answer '{line}' printed with question {number}")
                # The vocabulary sheet lists terms as reference, like the article itself; the sheet
                # that asks the question must not also hold its answer.
                prompt = norm(re.sub(r"^\d+\. ", "", blocks.get(number, "")))[:40]
                for title, cells in sheets.items():
                    if prompt and any(prompt in c for c in cells) and any(c.lower() == line.lower() for c in cells):
                        leaks.append(f"{packet}/student/workbook.xlsx: sheet '{title}' asks question {number} and holds its answer '{line}'")
    return leaks


def main():
    out, swap = sys.argv[1], "--swap" in sys.argv[2:]
    packets = sorted(os.path.join(out, a, b) for a in os.listdir(out) for b in os.listdir(os.path.join(out, a)))
    leaks = [leak for packet in packets for leak in scan(packet, swap)]
    print("\n".join(leaks))
    print(f"scanned {len(packets)} packets", file=sys.stderr)
    sys.exit(1 if leaks else 0)


main()

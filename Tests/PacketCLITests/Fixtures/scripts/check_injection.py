"""Checks that hostile model text survives every export of a packet as text.

Usage: check_injection.py PACKET READERS

Spreadsheets (both workbooks and the Kahoot file, read with openpyxl): text starting with
= + - @ is a string cell (data_type 's'), never a formula. XML (Moodle XML, Canvas QTI, read
with lxml by READERS' parsers): < & ]]> are text. GIFT (pygiftparser), Anki (HTML fields):
~ = # { } : tabs and line breaks come back exactly. Quizlet and Blackboard have no escape, so
tabs and line breaks must become spaces without splitting a row. Prints one line per problem.
"""
import importlib.util
import json
import os
import sys

import openpyxl

PACKET, READERS = sys.argv[1], sys.argv[2]
FORMULAS = ['=HYPERLINK("http://evil.example","People who find fault")', "+1+1 a way over a river",
            "-1+2 people who choose in an election", "@SUM(1,1) a group that decides for a city"]
SPECIAL = "A scheme <b>&amp;</b> & ]]> with ~ = # { } : marks,\ta tab\nand a new line"
CLAIM = "=1+2 <i>&</i> ]]> ~ = # { } : the plan\tcosts\ntoo much"
problems = []


def reader(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(READERS, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.read


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings(v)


def check_spreadsheet(path, expected):
    book = openpyxl.load_workbook(os.path.join(PACKET, path))
    texts = set()
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                hostile = any(p in str(cell.value) for p in FORMULAS + [CLAIM[:12]])
                if cell.data_type == "f" and hostile:
                    problems.append(f"{path}: {sheet.title}!{cell.coordinate} is a formula: {cell.value}")
                if cell.data_type == "s":
                    texts.add(cell.value)
    found = [p for p in FORMULAS if p in texts]
    if len(found) < expected:
        problems.append(f"{path}: only {found} of the = + - @ texts are string cells (expected {expected})")


def check_texts(path, value, wanted):
    found = list(strings(value))
    for text in wanted:
        if not any(text in s for s in found):
            problems.append(f"{path}: {json.dumps(text)} did not come back intact")


check_spreadsheet("student/workbook.xlsx", 4)
check_spreadsheet("teacher/workbook.xlsx", 4)
check_spreadsheet("teacher/quiz.kahoot.xlsx", 1)
check_texts("teacher/quiz.moodle.xml", reader("read_moodle_xml")(os.path.join(PACKET, "teacher/quiz.moodle.xml")), [SPECIAL, CLAIM] + FORMULAS)
check_texts("teacher/quiz.canvas-qti.zip", reader("read_canvas_qti")(os.path.join(PACKET, "teacher/quiz.canvas-qti.zip")), [SPECIAL, CLAIM] + FORMULAS)
check_texts("teacher/quiz.gift", reader("read_gift")(os.path.join(PACKET, "teacher/quiz.gift")), [SPECIAL, CLAIM] + FORMULAS)
anki = reader("read_tsv")(os.path.join(PACKET, "teacher/deck.anki.txt"), True)
check_texts("teacher/deck.anki.txt", anki, [SPECIAL] + FORMULAS)
flat = lambda s: s.replace("\t", " ").replace("\n", " ")
for path in ["teacher/deck.quizlet.tsv", "teacher/quiz.blackboard.txt"]:
    table = reader("read_tsv")(os.path.join(PACKET, path))
    check_texts(path, table, [flat(SPECIAL)])
    widths = {len(row) for row in table["rows"]}
    if path.endswith(".tsv") and widths != {2}:
        problems.append(f"{path}: rows of {sorted(widths)} fields, expected 2 (a tab split a card)")
print("\n".join(problems))
sys.exit(1 if problems else 0)

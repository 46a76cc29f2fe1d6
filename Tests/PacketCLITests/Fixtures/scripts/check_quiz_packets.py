"""Checks the quizzes of every packet under OUT against issue 13, reading each file with an
independent reader (plain text, lxml, zipfile, openpyxl).

Usage: check_quiz_packets.py OUT MODELS [--tamper]

MODELS is a folder holding, for every article built under OUT, `<id>.json`: that article's
`packet model <id> --json` (its numbered paragraphs). A packet OUT/<id>/<audience> is checked against
its own article, never another seed's; a packet whose article has no model there is a problem. For every packet:
- every text in quotation marks (“…”) in the printed forms and keys, quiz.json, quiz.gift,
  quiz.moodle.xml, the Canvas package, quiz.blackboard.txt and quiz.kahoot.xlsx is the article's
  own words (case, spacing and punctuation aside; … stands for words left out);
- every item's support in quiz.json is word for word in one of the paragraphs it cites;
- quiz.kahoot.xlsx has at most 100 questions, each an item's stem or short stem uncut, answers of
  at most 75 characters;
- essays carry their rubric's points in quiz.moodle.xml (defaultgrade) and the Canvas package
  (points_possible); no rubric text is in quiz.gift or in the Canvas feedback;
- quiz.moodle.xml asks every ordering item as an ordering question.

--tamper adds an invented quotation to every printed form first, so the check can be seen to fail.
Prints one line per problem and a summary on stderr; exits 1 when there is any problem.
"""
import html
import json
import os
import re
import sys
import unicodedata
import zipfile

from lxml import etree


def key(text):
    """Lower-case letters and digits, words separated by one space (as the quiz engine compares)."""
    out, space = [], False
    for ch in text.lower():
        if ch.isalnum():
            if space and out:
                out.append(" ")
            space = False
            out.append(ch)
        else:
            space = True
    return "".join(out)


def spans(text):
    """Top-level spans between “ and ”."""
    return re.findall(r"“([^”]*)”", text)


class Article:
    def __init__(self, model):
        self.paragraphs = {p["number"]: p["text"] for p in model["paragraphs"]}
        self.keys = [" " + key(t) + " " for t in self.paragraphs.values()]

    def has(self, span):
        pieces = [key(p) for p in span.replace("...", "…").split("…")]
        return all(any(" " + p + " " in k for k in self.keys) for p in pieces if p)


def texts_of_xml(data):
    root = etree.fromstring(data)
    return [t for t in root.itertext()]


def check_packet(folder, article, tamper, problems):
    name = os.path.relpath(folder, os.path.dirname(os.path.dirname(folder)))
    quiz = json.load(open(os.path.join(folder, "teacher/quiz.json"), encoding="utf-8"))
    items = {i["id"]: i for i in quiz["items"]}
    sources = {}
    for path in sorted(os.listdir(os.path.join(folder, "student"))):
        if path.startswith("quiz-"):
            text = open(os.path.join(folder, "student", path), encoding="utf-8").read()
            if tamper:
                text += "\n“an invented quotation”\n"
            sources["student/" + path] = [" ".join(text.split())]
    for path in sorted(os.listdir(os.path.join(folder, "teacher"))):
        full = os.path.join(folder, "teacher", path)
        if path.startswith("answer-key-"):
            sources["teacher/" + path] = [" ".join(open(full, encoding="utf-8").read().split())]
        elif path == "quiz.gift":
            raw = open(full, encoding="utf-8").read()
            sources["teacher/" + path] = [re.sub(r"\\(.)", r"\1", raw)]
        elif path == "quiz.moodle.xml":
            sources["teacher/" + path] = texts_of_xml(open(full, "rb").read())
        elif path == "quiz.canvas-qti.zip":
            with zipfile.ZipFile(full) as z:
                sources["teacher/" + path] = [html.unescape(t) for n in z.namelist() for t in texts_of_xml(z.read(n))]
        elif path == "quiz.blackboard.txt":
            sources["teacher/" + path] = open(full, encoding="utf-8").read().split("\n")
        elif path == "quiz.kahoot.xlsx":
            import openpyxl
            sheet = openpyxl.load_workbook(full).active
            rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=9)]
            rows = [r for r in rows if any(v is not None for v in r)]
            sources["teacher/" + path] = [str(v) for r in rows for v in r if isinstance(v, str)]
            if len(rows) > 100:
                problems.append(f"{name}: quiz.kahoot.xlsx has {len(rows)} questions, more than 100")
            stems = {s for i in quiz["items"] for s in [i["stem"]] + ([p["stem"] for p in i.get("parts", [])])}
            for r in rows:
                q = r[1]
                if not isinstance(q, str) or len(q) > 120:
                    problems.append(f"{name}: quiz.kahoot.xlsx question longer than 120 characters: {q!r}")
                if any(isinstance(a, str) and len(a) > 75 for a in r[2:6]):
                    problems.append(f"{name}: quiz.kahoot.xlsx answer longer than 75 characters in {q!r}")
                if isinstance(q, str) and q.endswith("…") and not q.endswith("…”"):
                    problems.append(f"{name}: quiz.kahoot.xlsx question cut: {q!r}")
        elif path == "quiz.json":
            sources["teacher/" + path] = [t for i in quiz["items"] for t in [i["stem"], i["explanation"]] + i["options"]
                                          + [x for p in i.get("parts", []) for x in [p["stem"]] + p["options"]]]
    for source, texts in sources.items():
        for text in texts:
            for span in spans(text or ""):
                if not article.has(span):
                    problems.append(f"{name}: {source}: quoted words not in the article: “{span}”")
    for item in quiz["items"]:
        for support in item["support"]:
            if not any(support in article.paragraphs.get(n, "") for n in item["paragraphs"]):
                problems.append(f"{name}: quiz.json: {item['id']}: support not in ¶{item['paragraphs']}: {support!r}")
    # Essays: points in Moodle XML and Canvas, rubrics out of GIFT and Canvas feedback.
    essays = [i for i in quiz["items"] if i["type"] == "essay"]
    moodle = etree.parse(os.path.join(folder, "teacher/quiz.moodle.xml")).getroot()
    questions = {q.findtext("name/text"): q for q in moodle.findall("question") if q.get("type") != "category"}
    gift = open(os.path.join(folder, "teacher/quiz.gift"), encoding="utf-8").read()
    with zipfile.ZipFile(os.path.join(folder, "teacher/quiz.canvas-qti.zip")) as z:
        qti = [etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xml") and "/" in n and "meta" not in n][0]
    ns = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    canvas = {i.get("title"): i for i in qti.iter(ns + "item")}
    for essay in essays:
        q = questions.get(essay["id"])
        if q is None or q.findtext("defaultgrade") != str(essay["points"]):
            problems.append(f"{name}: quiz.moodle.xml: {essay['id']} is not worth its {essay['points']} points")
        c = canvas.get(essay["id"])
        fields = {f.findtext(ns + "fieldlabel"): f.findtext(ns + "fieldentry") for f in c.iter(ns + "qtimetadatafield")} if c is not None else {}
        if fields.get("points_possible") != f"{essay['points']}.0":
            problems.append(f"{name}: Canvas: {essay['id']} is not worth its {essay['points']} points")
        feedback = " ".join(t for f in (c.iter(ns + "itemfeedback") if c is not None else []) for t in f.itertext())
        for criterion in essay.get("rubric", []):
            if criterion["description"] in gift.replace("\\", ""):
                problems.append(f"{name}: quiz.gift shows the rubric of {essay['id']}")
            if html.escape(criterion["description"], quote=True) in feedback or criterion["description"] in html.unescape(feedback):
                problems.append(f"{name}: Canvas feedback shows the rubric of {essay['id']}")
    for item in quiz["items"]:
        if item["type"] == "ordering":
            q = questions.get(item["id"])
            if q is None or q.get("type") != "ordering":
                problems.append(f"{name}: quiz.moodle.xml: {item['id']} is not an ordering question")


def main():
    out, models = sys.argv[1], sys.argv[2]
    tamper = "--tamper" in sys.argv
    articles = {}
    problems, packets = [], 0
    for root, dirs, files in sorted(os.walk(out)):
        if "manifest.json" in files and os.path.exists(os.path.join(root, "teacher/quiz.json")):
            packets += 1
            article_id = os.path.basename(os.path.dirname(root))
            if article_id not in articles:
                path = os.path.join(models, article_id + ".json")
                articles[article_id] = Article(json.load(open(path, encoding="utf-8"))) if os.path.exists(path) else None
            if articles[article_id] is None:
                problems.append(f"{os.path.relpath(root, out)}: no model {article_id}.json to check it against")
                continue
            check_packet(root, articles[article_id], tamper, problems)
    for p in problems:
        print(p)
    print(f"checked {packets} packets", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

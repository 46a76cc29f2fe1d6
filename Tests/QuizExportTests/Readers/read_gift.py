"""Parses a GIFT file with pygiftparser and prints what it read as JSON.

pygiftparser ends a question's answer block at the first `}` even when escaped (`\\}`), which
Moodle does not; the answer pattern is corrected here before parsing. Every text is then
unescaped the way Moodle's importer does (`\\x` -> `x`, `\\n` -> line break).
"""
import json
import re
import sys

from pygiftparser import parser, utils, answer as answers

utils.reAnswer = re.compile(
    r'^(?P<head>.*[^\\]){\s*(?P<answer>(?:[^\\}]|\\.)*?)' + utils.GENERALFEEDBACK + r'}(?P<tail>.*)',
    re.M + re.S)


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            n = text[i + 1]
            if n in '\\~=#{}:':
                out.append(n)
                i += 2
                continue
            if n == 'n':
                out.append('\n')
                i += 2
                continue
        out.append(c)
        i += 1
    return ''.join(out)


def read(path):
    with open(path, encoding='utf-8') as f:
        lines = f.readlines()
    questions = []
    for q in parser.parseFile(lines):
        entry = {
            'title': unescape(q.title), 'valid': q.valid, 'markup': getattr(q, 'markup', ''),
            'text': unescape(q.text), 'kind': type(q.answers).__name__,
            'feedback': unescape(q.generalFeedback), 'answers': [], 'pairs': [],
            'correct': [], 'number': None, 'tolerance': None, 'truth': None,
        }
        a = q.answers
        if isinstance(a, answers.MatchingSet):
            entry['pairs'] = [[unescape(x.question.strip()), unescape(x.answer.strip())] for x in a.answers]
        elif isinstance(a, answers.ChoicesSet):
            entry['answers'] = [unescape(x.answer) for x in a.answers]
            entry['correct'] = [i for i, x in enumerate(a.answers) if x.fraction > 0]
        elif isinstance(a, answers.NumericAnswerSet):
            entry['number'] = a.answers[0].value
            entry['tolerance'] = a.answers[0].tolerance
        elif isinstance(a, answers.TrueFalseSet):
            entry['truth'] = a.answer
        questions.append(entry)
    categories = [l[len('$CATEGORY: '):].rstrip('\n') for l in lines if l.startswith('$CATEGORY: ')]
    return {'questions': questions, 'categories': categories}


if __name__ == '__main__':
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False)

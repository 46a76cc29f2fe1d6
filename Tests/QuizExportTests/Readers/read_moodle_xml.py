"""Parses a Moodle XML question file with lxml and prints its questions as JSON."""
import json
import sys

from lxml import etree


def text(node, path):
    found = node.find(path)
    return None if found is None else (found.text or '')


def read(path):
    root = etree.parse(path).getroot()
    assert root.tag == 'quiz', root.tag
    questions = []
    for q in root.findall('question'):
        kind = q.get('type')
        if kind == 'category':
            questions.append({'type': kind, 'category': text(q, 'category/text')})
            continue
        questions.append({
            'type': kind,
            'name': text(q, 'name/text'),
            'questiontext': text(q, 'questiontext/text'),
            'questionformat': q.find('questiontext').get('format'),
            'generalfeedback': text(q, 'generalfeedback/text'),
            'shuffleanswers': text(q, 'shuffleanswers'),
            'answers': [{'fraction': float(a.get('fraction')), 'text': text(a, 'text'),
                         'tolerance': text(a, 'tolerance')} for a in q.findall('answer')],
            'subquestions': [[text(s, 'text'), text(s, 'answer/text')] for s in q.findall('subquestion')],
            'graderinfo': text(q, 'graderinfo/text'),
            'defaultgrade': text(q, 'defaultgrade'),
            'selecttype': text(q, 'selecttype'),
            'gradingtype': text(q, 'gradingtype'),
        })
    return questions


if __name__ == '__main__':
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False)

"""Reads a tab-separated file with Python's csv module (no quoting) and prints its rows as JSON.

With `--anki`, header lines starting with `#` are skipped and fields are read as Anki's HTML:
`<br>` is a line break and entities are unescaped.
"""
import csv
import html
import json
import sys


def read(path, anki=False):
    with open(path, encoding='utf-8', newline='') as f:
        content = f.read()
    assert content.endswith('\n'), 'file must end with a line break'
    assert '\r' not in content
    lines = content.split('\n')[:-1]
    headers = [l for l in lines if anki and l.startswith('#')]
    body = [l for l in lines if not (anki and l.startswith('#'))]
    rows = list(csv.reader(body, delimiter='\t', quoting=csv.QUOTE_NONE))
    assert len(rows) == len(body)
    if anki:
        rows = [[html.unescape(field.replace('<br>', '\n')) for field in row] for row in rows]
    return {'headers': headers, 'rows': rows}


if __name__ == '__main__':
    json.dump(read(sys.argv[1], '--anki' in sys.argv[2:]), sys.stdout, ensure_ascii=False)

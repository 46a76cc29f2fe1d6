"""Reads the first sheet of an xlsx file with openpyxl and prints every non-empty row as JSON:
each cell as [value, openpyxl data type] so tests can tell text from numbers and formulas."""
import json
import sys

from openpyxl import load_workbook


def read(path):
    sheet = load_workbook(path).worksheets[0]
    rows = []
    for index, row in enumerate(sheet.iter_rows(), start=1):
        cells = [[c.value, c.data_type] for c in row]
        while cells and cells[-1][0] is None:
            cells.pop()
        if cells:
            rows.append({'row': index, 'cells': cells})
    return {'title': sheet.title, 'rows': rows}


if __name__ == '__main__':
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False, default=str)

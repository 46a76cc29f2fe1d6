/// The openpyxl inspector run by ``WorkbookInspection/of(_:searching:)`` as `python3 -c`
/// (kept in Swift so the test target has no unhandled files).
enum InspectScript {
    static let source = #"""
#!/usr/bin/env python3
"""Describe an .xlsx as JSON for the WorkbookRenderer tests (needs openpyxl).

usage: python3 -c SCRIPT FILE.xlsx [SEARCH_TEXT ...]
Prints sheets (title, visibility, size, header row, number formats, charts, data validations,
freeze pane, autofilter, print titles, orientation, protection), defined names, every cell's
formula and cached value, the unlocked (input) cells with their fill, and for each SEARCH_TEXT
the zip parts whose XML contains it.
"""
import json, sys, zipfile
from xml.sax.saxutils import escape
import openpyxl

HEADER_ROW = 4

def main():
    path, searches = sys.argv[1], sys.argv[2:]
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    out = {"sheets": [], "defined_names": sorted(formulas.defined_names.keys()), "found": {}}
    for ws in formulas.worksheets:
        cv = cached[ws.title]
        cells, inputs = [], []
        for row in ws.iter_rows():
            for c in row:
                if c.protection is not None and c.protection.locked is False:
                    fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
                    inputs.append({"ref": c.coordinate, "row": c.row, "col": c.column, "fill": fill if isinstance(fill, str) else None})
                if c.value is None:
                    continue
                cached_value = cv[c.coordinate].value
                if hasattr(cached_value, "isoformat"):
                    cached_value = cached_value.isoformat()
                cells.append({"ref": c.coordinate, "row": c.row, "col": c.column,
                              "formula": c.value if isinstance(c.value, str) and c.value.startswith("=") and c.data_type == "f" else None,
                              "value": cached_value if not hasattr(cached_value, "__len__") or isinstance(cached_value, str) else str(cached_value),
                              "type": c.data_type, "number_format": c.number_format})
        out["sheets"].append({
            "title": ws.title,
            "state": ws.sheet_state,
            "max_row": ws.max_row,
            "max_column": ws.max_column,
            "header": [ws.cell(HEADER_ROW, col).value for col in range(1, ws.max_column + 1)],
            "charts": len(ws._charts),
            "validations": [{"type": dv.type, "formula1": dv.formula1, "sqref": str(dv.sqref),
                             "prompt": dv.prompt} for dv in ws.data_validations.dataValidation],
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "print_title_rows": ws.print_title_rows,
            "orientation": ws.page_setup.orientation,
            "fit_width": ws.page_setup.fitToWidth,
            "conditional_formats": len(ws.conditional_formatting),
            "protected": bool(ws.protection.sheet),
            "cells": cells,
            "inputs": inputs,
        })
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name).decode("utf-8", "replace") for name in z.namelist()}
    for text in searches:
        forms = {text, escape(text), escape(text, {'"': "&quot;"})}
        out["found"][text] = sorted(name for name, xml in parts.items() if any(f in xml for f in forms))
    json.dump(out, sys.stdout, default=str)

if __name__ == "__main__":
    main()
"""#
}

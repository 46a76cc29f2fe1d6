/// A1-style names for cells and ranges (zero-based rows and columns, as in the C library).
package enum CellReference {
    /// The column letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
    package static func column(_ col: Int) -> String {
        var n = col + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `B3` for row 2, column 1; `$B$3` when absolute.
    package static func cell(row: Int, col: Int, absolute: Bool = false) -> String {
        let d = absolute ? "$" : ""
        return "\(d)\(column(col))\(d)\(row + 1)"
    }

    /// `A2:C9`, or `$A$2:$C$9` when absolute; a single cell when both corners are the same.
    package static func range(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, absolute: Bool = false) -> String {
        let first = cell(row: firstRow, col: firstCol, absolute: absolute)
        if firstRow == lastRow && firstCol == lastCol { return first }
        return first + ":" + cell(row: lastRow, col: lastCol, absolute: absolute)
    }

    /// `'Sheet name'!$A$2:$C$9`: an absolute range on a named sheet, for formulas and names.
    package static func onSheet(_ sheet: String, firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) -> String {
        SheetName.quoted(sheet) + "!" + range(firstRow: firstRow, firstCol: firstCol, lastRow: lastRow,
                                              lastCol: lastCol, absolute: true)
    }
}

/// A rectangle of cells, zero-based and inclusive.
package struct CellRange: Hashable, Sendable {
    package var firstRow: Int
    package var firstCol: Int
    package var lastRow: Int
    package var lastCol: Int

    package init(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) {
        self.firstRow = firstRow; self.firstCol = firstCol; self.lastRow = lastRow; self.lastCol = lastCol
    }

    /// A single cell.
    package init(row: Int, col: Int) { self.init(firstRow: row, firstCol: col, lastRow: row, lastCol: col) }

    /// `A2:C9`.
    package var a1: String { CellReference.range(firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol) }

    /// `'Sheet'!$A$2:$C$9`.
    package func absolute(on sheet: String) -> String {
        CellReference.onSheet(sheet, firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
    }
}

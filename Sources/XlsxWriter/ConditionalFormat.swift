import CXlsxWriter

/// A rule that changes how cells look depending on their values.
package enum ConditionalFormat {
    /// Cells equal to a number.
    case equalTo(Double, Format)
    /// Cells whose formula (written for the range's top-left cell, e.g. `=$B2=1`) is true.
    case formula(String, Format)
    /// A three-colour scale from the lowest (`low`) through the middle to the highest value.
    case threeColorScale(low: Color, mid: Color, high: Color)
    /// A data bar in `color`.
    case dataBar(Color)
}

extension Worksheet {
    /// Applies a conditional format to `range`.
    package func addConditionalFormat(_ rule: ConditionalFormat, to range: CellRange) throws {
        try state.ensureOpen()
        if case .formula(let formula, _) = rule { try XMLText.check(formula, "\(name)!\(range.a1): a conditional format") }
        let pool = CStringPool()
        defer { pool.free() }
        var c = lxw_conditional_format()
        switch rule {
        case .equalTo(let value, let format):
            c.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            c.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
            c.value = value
            c.format = format.pointer
        case .formula(let formula, let format):
            c.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            c.value_string = pool.copy(formula)
            c.format = format.pointer
        case .threeColorScale(let low, let mid, let high):
            c.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            c.min_color = low.rgb; c.mid_color = mid.rgb; c.max_color = high.rgb
        case .dataBar(let color):
            c.type = UInt8(LXW_CONDITIONAL_DATA_BAR.rawValue)
            c.bar_color = color.rgb
        }
        try check(worksheet_conditional_format_range(pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstCol),
                                                     lxw_row_t(range.lastRow), lxw_col_t(range.lastCol), &c),
                  "worksheet_conditional_format_range(\(range.a1))")
    }
}

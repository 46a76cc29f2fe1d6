import CXlsxWriter

extension Worksheet {
    /// Prints across the page.
    package func setLandscape() throws {
        try state.ensureOpen()
        worksheet_set_landscape(pointer)
    }

    /// Scales printing to `width` pages wide and `height` tall; 0 leaves that direction free.
    package func fitToPages(width: Int, height: Int) throws {
        try state.ensureOpen()
        worksheet_fit_to_pages(pointer, UInt16(clamping: width), UInt16(clamping: height))
    }

    /// Repeats rows `first...last` at the top of every printed page.
    package func repeatRows(_ first: Int, _ last: Int? = nil) throws {
        try state.ensureOpen()
        try check(worksheet_repeat_rows(pointer, lxw_row_t(first), lxw_row_t(last ?? first)), "worksheet_repeat_rows")
    }

    /// Sets the printed header, in Excel's header codes (`&L`, `&C`, `&R`, `&P`, `&N`, …).
    /// Text from elsewhere should go through ``escapedForHeader(_:)``. At most 255 characters.
    package func setHeader(_ codes: String) throws {
        try state.ensureOpen()
        try XMLText.check(codes, "the printed header of \(name)")
        try check(worksheet_set_header(pointer, codes), "worksheet_set_header")
    }

    /// Sets the printed footer, in Excel's header codes.
    package func setFooter(_ codes: String) throws {
        try state.ensureOpen()
        try XMLText.check(codes, "the printed footer of \(name)")
        try check(worksheet_set_footer(pointer, codes), "worksheet_set_footer")
    }

    /// `text` with `&` doubled so it prints as written in a header or footer, cut to `limit` characters.
    package static func escapedForHeader(_ text: String, limit: Int = 80) -> String {
        let cut = text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
        return cut.replacingOccurrences(of: "&", with: "&&")
    }

    /// Hides gridlines on screen and in print.
    package func hideGridlines() throws {
        try state.ensureOpen()
        worksheet_gridlines(pointer, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
    }

    /// Sets the margins in inches.
    package func setMargins(left: Double, right: Double, top: Double, bottom: Double) throws {
        try state.ensureOpen()
        worksheet_set_margins(pointer, left, right, top, bottom)
    }
}

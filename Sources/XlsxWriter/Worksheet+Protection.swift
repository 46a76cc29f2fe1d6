import CXlsxWriter

/// What users may still do on a protected sheet (everything else is refused).
package struct SheetProtection: Sendable, Hashable {
    package var formatColumns = true
    package var formatRows = true
    package var sort = true
    package var autofilter = true
    package var selectLockedCells = true

    package init() {}
}

extension Worksheet {
    /// Protects the sheet without a password: only cells whose format is unlocked
    /// (``FormatSpec/unlocked``) can be typed in. A user can lift the protection from the menu.
    package func protect(_ allowed: SheetProtection = SheetProtection()) throws {
        try state.ensureOpen()
        var options = lxw_protection()
        options.format_columns = allowed.formatColumns ? 1 : 0
        options.format_rows = allowed.formatRows ? 1 : 0
        options.sort = allowed.sort ? 1 : 0
        options.autofilter = allowed.autofilter ? 1 : 0
        options.no_select_locked_cells = allowed.selectLockedCells ? 0 : 1
        worksheet_protect(pointer, nil, &options)
    }
}

import CXlsxWriter
import Foundation

/// An Excel workbook being written to a file by libxlsxwriter.
///
/// Create it, add worksheets, formats and charts, then ``close()``: only then is the file
/// written. Every library error is thrown as ``XlsxError``. A workbook that is never closed
/// is freed without writing anything.
package final class Workbook {
    let pointer: UnsafeMutablePointer<lxw_workbook>
    let state = WorkbookState()
    private let strings = CStringPool()
    private var formats: [FormatSpec: Format] = [:]
    private var sheets: [Worksheet] = []
    /// The file the workbook is written to on ``close()``.
    package let path: String

    /// Starts a workbook that ``close()`` writes to `path`.
    package init(path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        var lxwOptions = lxw_workbook_options()
        lxwOptions.constant_memory = options.constantMemory ? 1 : 0
        lxwOptions.use_zip64 = options.useZip64 ? 1 : 0
        lxwOptions.tmpdir = strings.copy(options.temporaryDirectory)
        guard let pointer = workbook_new_opt(path, &lxwOptions) else {
            throw XlsxError.library(code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                                    message: XlsxError.message(for: LXW_ERROR_MEMORY_MALLOC_FAILED),
                                    operation: "workbook_new_opt(\(path))")
        }
        self.pointer = pointer
        self.path = path
        // A fixed creation time unless the caller sets one: output never depends on the clock.
        try setProperties(DocumentProperties())
    }

    deinit {
        if state.isOpen { lxw_workbook_free(pointer) }
    }

    /// Warnings gathered while writing, e.g. text cut at Excel's cell limit.
    package var warnings: [String] { state.warnings }

    /// The names of the worksheets added so far, in order.
    var sheetNames: [String] { sheets.map(\.name) }

    /// Adds a worksheet; throws ``XlsxError/invalidSheetName(name:reason:)`` for a name Excel
    /// would reject or one already used (ignoring case).
    @discardableResult
    package func addWorksheet(_ name: String) throws -> Worksheet {
        try state.ensureOpen()
        try SheetName.validate(name, existing: sheetNames)
        guard let ws = workbook_add_worksheet(pointer, name) else {
            throw XlsxError.invalidSheetName(name: name, reason: "rejected by libxlsxwriter")
        }
        let sheet = Worksheet(pointer: ws, name: name, workbook: self)
        sheets.append(sheet)
        return sheet
    }

    /// The worksheet with this name, if any.
    package func worksheet(named name: String) -> Worksheet? { sheets.first { $0.name == name } }

    /// The library format for `spec`; equal specs share one format.
    package func format(_ spec: FormatSpec) throws -> Format {
        try state.ensureOpen()
        if let known = formats[spec] { return known }
        guard let f = workbook_add_format(pointer) else {
            throw XlsxError.library(code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                                    message: XlsxError.message(for: LXW_ERROR_MEMORY_MALLOC_FAILED),
                                    operation: "workbook_add_format")
        }
        spec.apply(to: f)
        let format = Format(pointer: f)
        formats[spec] = format
        return format
    }

    /// Adds a chart; place it with ``Worksheet/insertChart(_:row:col:xScale:yScale:)``.
    package func addChart(_ kind: ChartKind) throws -> Chart {
        try state.ensureOpen()
        guard let c = workbook_add_chart(pointer, kind.library) else {
            throw XlsxError.library(code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                                    message: XlsxError.message(for: LXW_ERROR_MEMORY_MALLOC_FAILED),
                                    operation: "workbook_add_chart")
        }
        return Chart(pointer: c, state: state)
    }

    /// Defines a workbook-wide name, e.g. `defineName("Key", formula: "='Answer key'!$B$2:$B$9")`.
    package func defineName(_ name: String, formula: String) throws {
        try state.ensureOpen()
        try XMLText.check(name + formula, "the defined name \(name)")
        try XlsxError.check(workbook_define_name(pointer, name, formula), "workbook_define_name(\(name))")
    }

    /// Sets the document properties; `created` defaults to 0 so output is reproducible.
    package func setProperties(_ properties: DocumentProperties) throws {
        try state.ensureOpen()
        for (field, value) in [("title", properties.title), ("subject", properties.subject), ("author", properties.author),
                               ("company", properties.company), ("category", properties.category),
                               ("keywords", properties.keywords), ("comments", properties.comments)] {
            try XMLText.check(value, "the document's \(field)")
        }
        let pool = CStringPool()
        defer { pool.free() }
        var p = lxw_doc_properties()
        p.title = pool.copy(properties.title)
        p.subject = pool.copy(properties.subject)
        p.author = pool.copy(properties.author)
        p.company = pool.copy(properties.company)
        p.category = pool.copy(properties.category)
        p.keywords = pool.copy(properties.keywords)
        p.comments = pool.copy(properties.comments)
        // 0 means "now" to the library; one second past the epoch keeps the file reproducible.
        p.created = time_t(max(properties.created ?? 1, 1))
        try XlsxError.check(workbook_set_properties(pointer, &p), "workbook_set_properties")
    }

    /// Writes the file and frees the library's workbook. Further calls throw ``XlsxError/closed``.
    package func close() throws {
        try state.ensureOpen()
        state.isOpen = false
        strings.free()
        try XlsxError.check(workbook_close(pointer), "workbook_close(\(path))")
    }
}

import CXlsxWriter

/// A rule for what may be typed into cells, with an optional dropdown and messages.
package struct DataValidation: Sendable, Hashable {
    /// Where the allowed values come from.
    package enum Rule: Sendable, Hashable {
        /// A dropdown of the values in a cell range, e.g. `='Lists'!$A$1:$D$1`. No length limit.
        case listFromRange(String)
        /// A dropdown of inline values; Excel allows at most 255 bytes in all.
        case list([String])
        /// A whole number between the bounds.
        case wholeNumber(min: Int, max: Int)
        /// A decimal number between the bounds.
        case decimal(min: Double, max: Double)
        /// Anything: only the input message is shown.
        case any
    }

    package var rule: Rule
    /// Shown when the cell is selected (title ≤ 32 characters, message ≤ 255; longer is cut).
    package var inputTitle: String?
    package var inputMessage: String?
    /// Shown when a value breaks the rule.
    package var errorTitle: String?
    package var errorMessage: String?
    /// Refuse invalid values (true) or only warn (false).
    var strict: Bool
    var ignoreBlank: Bool

    package init(rule: Rule, inputTitle: String? = nil, inputMessage: String? = nil, errorTitle: String? = nil,
                errorMessage: String? = nil, strict: Bool = true, ignoreBlank: Bool = true) {
        self.rule = rule; self.inputTitle = inputTitle; self.inputMessage = inputMessage
        self.errorTitle = errorTitle; self.errorMessage = errorMessage; self.strict = strict
        self.ignoreBlank = ignoreBlank
    }
}

extension Worksheet {
    /// Applies a data validation rule to `range`.
    package func addValidation(_ validation: DataValidation, to range: CellRange) throws {
        try state.ensureOpen()
        var texts = [validation.inputTitle, validation.inputMessage, validation.errorTitle, validation.errorMessage]
        switch validation.rule {
        case .list(let values): texts += values.map { Optional($0) }
        case .listFromRange(let formula): texts.append(formula)
        case .wholeNumber, .decimal, .any: break
        }
        for text in texts { try XMLText.check(text, "\(name)!\(range.a1): a data validation") }
        let pool = CStringPool()
        defer { pool.free() }
        var v = lxw_data_validation()
        var list: [UnsafeMutablePointer<CChar>?] = []
        switch validation.rule {
        case .listFromRange(let formula):
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            v.value_formula = pool.copy(formula.hasPrefix("=") ? formula : "=" + formula)
        case .list(let values):
            let bytes = values.map(\.utf8.count).reduce(0, +) + max(values.count - 1, 0)
            guard bytes <= 255 else { throw XlsxError.listTooLong(bytes: bytes) }
            guard !values.isEmpty else { throw XlsxError.invalidArgument("a dropdown list needs at least one value") }
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            list = values.map { pool.copy($0) } + [nil]
        case .wholeNumber(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            v.minimum_number = Double(lo); v.maximum_number = Double(hi)
        case .decimal(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            v.minimum_number = lo; v.maximum_number = hi
        case .any:
            v.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
        v.ignore_blank = UInt8(validation.ignoreBlank ? LXW_VALIDATION_ON.rawValue : LXW_VALIDATION_OFF.rawValue)
        v.error_type = UInt8(validation.strict ? LXW_VALIDATION_ERROR_TYPE_STOP.rawValue
                                               : LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
        v.input_title = pool.copy(validation.inputTitle.map { String($0.prefix(32)) })
        v.input_message = pool.copy(validation.inputMessage.map { String($0.prefix(255)) })
        v.error_title = pool.copy(validation.errorTitle.map { String($0.prefix(32)) })
        v.error_message = pool.copy(validation.errorMessage.map { String($0.prefix(255)) })
        let result = list.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            if !buffer.isEmpty { v.value_list = buffer.baseAddress }
            return worksheet_data_validation_range(pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstCol),
                                                   lxw_row_t(range.lastRow), lxw_col_t(range.lastCol), &v)
        }
        try check(result, "worksheet_data_validation_range(\(range.a1))")
    }
}

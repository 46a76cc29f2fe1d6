import PacketModel
import XlsxWriter

/// Every look the workbook uses, defined in one place. Sheets ask for a named style and get the
/// workbook's shared format for it.
struct WorkbookStyle {
    let workbook: Workbook

    // MARK: Palette
    static let ink = Color(0x1F2937)
    static let headerFill = Color(0x1F4E79)
    static let muted = Color(0x6B7280)
    static let teacherInk = Color(0x9C2A00)
    static let rightFill = Color(0xC6EFCE), rightInk = Color(0x006100)
    static let wrongFill = Color(0xFFC7CE), wrongInk = Color(0x9C0006)
    static let inputFill = Color(0xFFF9DB)
    static let keyFill = Color(0xE7E6E6)
    static let chartBlue = Color(0x2F6EBA)
    static let chartOrange = Color(0xE07B39)

    /// The fill that marks a claim's kind, on the argument map and its legend.
    static func fill(for kind: ClaimKind) -> Color {
        switch kind {
        case .fact: Color(0xDDEBF7)
        case .opinion: Color(0xFCE4D6)
        case .prediction: Color(0xE2EFDA)
        case .value: Color(0xFFF2CC)
        case .policy: Color(0xEADCF5)
        }
    }

    // MARK: Specs
    static let body = FormatSpec().with { $0.vertical = .top; $0.fontColor = ink }
    static let wrapped = body.with { $0.wrap = true }
    static let title = FormatSpec().with { $0.bold = true; $0.fontSize = 16; $0.fontColor = headerFill }
    static let subtitle = FormatSpec().with { $0.italic = true; $0.fontColor = muted }
    static let sectionLabel = FormatSpec().with { $0.bold = true; $0.vertical = .top; $0.fontColor = headerFill }
    static let header = FormatSpec().with {
        $0.bold = true; $0.fontColor = .white; $0.backgroundColor = headerFill; $0.wrap = true
        $0.vertical = .center; $0.border = .thin; $0.borderColor = Color(0xBFBFBF)
    }
    static let centered = body.with { $0.horizontal = .center }
    static let paragraph = centered.with { $0.numberFormat = "0" }
    static let link = wrapped.with { $0.fontColor = Color(0x0563C1); $0.underline = true }
    static let teacherNote = wrapped.with { $0.italic = true; $0.fontColor = teacherInk }
    static let note = wrapped.with { $0.italic = true; $0.fontColor = muted }
    /// A cell to type in: yellow, framed, and unlocked so it stays editable on a protected sheet.
    static let inputCell = body.with {
        $0.backgroundColor = inputFill; $0.border = .thin; $0.borderColor = Color(0xBFBFBF); $0.horizontal = .center
        $0.unlocked = true
    }
    /// An input cell for sentences: left-aligned and wrapped.
    static let inputText = inputCell.with { $0.horizontal = .left; $0.wrap = true }
    static let keyCell = centered.with { $0.bold = true; $0.backgroundColor = keyFill }
    /// A key that is a sentence or more: wrapped, on the key's grey.
    static let keyText = wrapped.with { $0.backgroundColor = keyFill; $0.border = .thin; $0.borderColor = Color(0xBFBFBF) }
    static let keyLabel = body.with { $0.bold = true; $0.backgroundColor = keyFill }
    static let score = centered.with { $0.numberFormat = "0" }
    static let right = FormatSpec().with { $0.backgroundColor = rightFill; $0.fontColor = rightInk }
    static let wrong = FormatSpec().with { $0.backgroundColor = wrongFill; $0.fontColor = wrongInk }
    static let percent = centered.with { $0.numberFormat = "0%" }
    static let decimal2 = centered.with { $0.numberFormat = "0.00" }
    static let bold = body.with { $0.bold = true }

    /// The number format for a statistic's value: `0%` / `0.0%` for percentages, thousands
    /// separators for counts, decimals only where the value has them.
    static func numberFormat(for statistic: Statistic) -> String {
        let v = statistic.value.representative
        let decimals = decimalPlaces(statistic.isPercent ? v : v)
        if statistic.isPercent { return decimals == 0 ? "0%" : "0." + String(repeating: "0", count: decimals) + "%" }
        return decimals == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: decimals)
    }

    /// Decimal places needed to show `v` (at most 3).
    static func decimalPlaces(_ v: Double) -> Int {
        for places in 0...2 {
            let scale = pow10(places)
            if abs((v * scale).rounded() - v * scale) < 1e-9 { return places }
        }
        return 3
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }

    /// The date format that shows exactly what is known: `yyyy`, `mmm yyyy` or `d mmm yyyy`.
    static func dateFormat(for precision: PartialDate.Precision) -> String {
        switch precision {
        case .year: "yyyy"
        case .month: "mmm yyyy"
        case .day: "d mmm yyyy"
        }
    }

    static func date(_ precision: PartialDate.Precision) -> FormatSpec {
        centered.with { $0.numberFormat = dateFormat(for: precision) }
    }

    /// The workbook's format for a spec.
    func callAsFunction(_ spec: FormatSpec) throws -> Format { try workbook.format(spec) }
}

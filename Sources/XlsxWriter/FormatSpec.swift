import CXlsxWriter

/// How cells look: a plain value that ``Workbook/format(_:)`` turns into a library format
/// (equal specs share one format).
package struct FormatSpec: Hashable, Sendable {
    package enum HorizontalAlignment: Hashable, Sendable { case left, center, right, fill, justify }
    package enum VerticalAlignment: Hashable, Sendable { case top, center, bottom }
    package enum Border: Hashable, Sendable { case thin, medium, thick, hair, dotted }

    package var bold = false
    package var italic = false
    package var underline = false
    package var fontSize: Double?
    var fontName: String?
    package var fontColor: Color?
    package var backgroundColor: Color?
    /// An Excel number format such as `0.0%`, `#,##0` or `mmm yyyy`.
    package var numberFormat: String?
    package var wrap = false
    package var horizontal: HorizontalAlignment?
    package var vertical: VerticalAlignment?
    package var indent: Int = 0
    package var border: Border?
    package var borderColor: Color?
    var bottomBorder: Border?
    /// A cell users may type in when its sheet is protected (``Worksheet/protect(_:)``).
    package var unlocked = false

    package init() {}

    /// A copy with `change` applied: `base.with { $0.bold = true }`.
    package func with(_ change: (inout FormatSpec) -> Void) -> FormatSpec {
        var copy = self
        change(&copy)
        return copy
    }
}

/// A format registered with a workbook; valid for that workbook's cells only.
package struct Format {
    let pointer: UnsafeMutablePointer<lxw_format>
}

extension FormatSpec {
    func apply(to f: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(f) }
        if italic { format_set_italic(f) }
        if underline { format_set_underline(f, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let fontSize { format_set_font_size(f, fontSize) }
        if let fontName { format_set_font_name(f, fontName) }
        if let fontColor { format_set_font_color(f, fontColor.rgb) }
        if let backgroundColor {
            format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(f, backgroundColor.rgb)
        }
        if let numberFormat { format_set_num_format(f, numberFormat) }
        if wrap { format_set_text_wrap(f) }
        if let horizontal { format_set_align(f, horizontal.library) }
        if let vertical { format_set_align(f, vertical.library) }
        if indent > 0 { format_set_indent(f, UInt8(clamping: indent)) }
        if let border { format_set_border(f, border.library) }
        if let bottomBorder { format_set_bottom(f, bottomBorder.library) }
        if let borderColor { format_set_border_color(f, borderColor.rgb) }
        if unlocked { format_set_unlocked(f) }
    }
}

extension FormatSpec.HorizontalAlignment {
    var library: UInt8 {
        switch self {
        case .left: UInt8(LXW_ALIGN_LEFT.rawValue)
        case .center: UInt8(LXW_ALIGN_CENTER.rawValue)
        case .right: UInt8(LXW_ALIGN_RIGHT.rawValue)
        case .fill: UInt8(LXW_ALIGN_FILL.rawValue)
        case .justify: UInt8(LXW_ALIGN_JUSTIFY.rawValue)
        }
    }
}

extension FormatSpec.VerticalAlignment {
    var library: UInt8 {
        switch self {
        case .top: UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)
        case .center: UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)
        case .bottom: UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue)
        }
    }
}

extension FormatSpec.Border {
    var library: UInt8 {
        switch self {
        case .thin: UInt8(LXW_BORDER_THIN.rawValue)
        case .medium: UInt8(LXW_BORDER_MEDIUM.rawValue)
        case .thick: UInt8(LXW_BORDER_THICK.rawValue)
        case .hair: UInt8(LXW_BORDER_HAIR.rawValue)
        case .dotted: UInt8(LXW_BORDER_DOTTED.rawValue)
        }
    }
}

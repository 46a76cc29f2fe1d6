/// Ratios (percent, p-value, discrimination) are rounded to a fixed number of places both in
/// the formula (`ROUND(…, 6)`) and in the cached result computed in Swift. Unrounded, the cached
/// double and LibreOffice's own result can differ in the last digit and show differently.
enum Ratio {
    static let places = 6

    /// `value` rounded half away from zero to ``places`` decimals, as the spreadsheet's ROUND does.
    static func rounded(_ value: Double) -> Double {
        let scale = 1_000_000.0
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }
}

import Foundation

/// The synthetic sheet both workbook writers write: `rows` × 10 columns, text in even columns
/// (drawn from a pool of distinct strings, so the shared-string table is realistic) and numbers
/// in odd ones. The text is made before the clock starts, as C strings and as Swift strings, so
/// both writers are timed on writing alone.
struct CellStream {
    static let columns = 10
    static let poolSize = 50_000

    let rows: Int
    let swiftText: [String]
    /// The same strings, NUL-terminated, in one buffer that lives as long as the process.
    let cText: [UnsafePointer<CChar>]

    init(cells: Int) {
        rows = max(1, cells / Self.columns)
        swiftText = (0..<Self.poolSize).map { "Item \($0) of the synthetic sheet" }
        let bytes = swiftText.reduce(0) { $0 + $1.utf8.count + 1 }
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes)
        var offsets: [Int] = []
        var end = 0
        for text in swiftText {
            offsets.append(end)
            for byte in text.utf8 { buffer[end] = CChar(bitPattern: byte); end += 1 }
            buffer[end] = 0; end += 1
        }
        cText = offsets.map { UnsafePointer(buffer + $0) }
    }

    /// The pool index of the text in cell (`row`, `col`).
    @inline(__always) func textIndex(row: Int, col: Int) -> Int { (row &* 7 &+ col &* 13) % Self.poolSize }

    /// The number in cell (`row`, `col`).
    @inline(__always) func number(row: Int, col: Int) -> Double { Double(row) * 0.25 + Double(col) }

    var cells: Int { rows * Self.columns }
}

import Foundation

/// What the openpyxl inspector reports about a workbook.
struct WorkbookInspection: Decodable {
    struct Cell: Decodable {
        var ref: String
        var row: Int
        var col: Int
        var formula: String?
        var value: JSONValue?
        var type: String
        var number_format: String
    }

    /// A cell users may type in on a protected sheet.
    struct Input: Decodable {
        var ref: String
        var row: Int
        var col: Int
        /// `FFFFF9DB`-style ARGB of a solid fill.
        var fill: String?
    }

    struct Validation: Decodable {
        var type: String?
        var formula1: String?
        var sqref: String
        var prompt: String?
    }

    struct Sheet: Decodable {
        var title: String
        var state: String
        var max_row: Int
        var max_column: Int
        var header: [JSONValue?]
        var charts: Int
        var validations: [Validation]
        var freeze: String?
        var autofilter: String?
        var print_title_rows: String?
        var orientation: String?
        var fit_width: Int?
        var conditional_formats: Int
        var protected: Bool
        var cells: [Cell]
        var inputs: [Input]

        var headerTexts: [String] { header.compactMap { $0?.text } }
        func cell(_ ref: String) -> Cell? { cells.first { $0.ref == ref } }
        func cell(row: Int, col: Int) -> Cell? { cells.first { $0.row == row && $0.col == col } }
        /// The 1-based column whose header (row 4) is `title`.
        func column(_ title: String) -> Int? { header.firstIndex { $0?.text == title }.map { $0 + 1 } }
        /// The data rows (below the header) that hold anything in column 1 or 2, in order.
        var dataRows: [Int] {
            Set(cells.filter { $0.row > 4 && $0.col <= 2 }.map(\.row)).sorted()
        }
    }

    var sheets: [Sheet]
    var defined_names: [String]
    var found: [String: [String]]

    func sheet(_ title: String) -> Sheet? { sheets.first { $0.title == title } }

    /// Runs the inspector on a file; `searches` are texts to look for in every XML part.
    static func of(_ file: URL, searching searches: [String] = []) throws -> WorkbookInspection {
        let result = try TestSupport.run("/usr/bin/env", ["python3", "-c", InspectScript.source, file.path] + searches)
        guard result.status == 0 else { throw TestSupport.Failure("the openpyxl inspector failed: \(result.output)") }
        return try JSONDecoder().decode(WorkbookInspection.self, from: Data(result.stdout.utf8))
    }
}

/// A JSON scalar from openpyxl: text, number or boolean.
enum JSONValue: Decodable, Equatable {
    case text(String), number(Double), bool(Bool)

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else { self = .text(try c.decode(String.self)) }
    }

    var text: String? { if case .text(let s) = self { s } else { nil } }
    var number: Double? { if case .number(let d) = self { d } else { nil } }
}

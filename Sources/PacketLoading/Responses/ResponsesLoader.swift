import Foundation
import PacketModel

/// Reads a class's answers to quiz form A from CSV: a header `student,1,2,…,N` (question numbers
/// of form A), then one row per student with one answer per question (blank when unanswered).
///
/// What a spreadsheet's "CSV UTF-8" export adds is accepted: a byte-order mark, CRLF line ends,
/// and blank rows (empty lines, or only commas) anywhere, which hold no student and are skipped.
/// What would lose or misfile a student's marks is an error: a row with answers but no name, a
/// name that is not a name (no letters, as `#N/A`; control characters; the `�` a wrong encoding
/// leaves), the same student twice, a repeated header, and rows of the wrong width.
package enum ResponsesLoader {
    /// Loads and checks the file against a form of `itemCount` questions; throws
    /// ``DiagnosticsError`` naming the file and line of every problem.
    package static func load(_ url: URL, displayPath: String, itemCount: Int) throws -> ClassResponses {
        let data = try InputFile.read(url, displayPath: displayPath, what: "the responses file", missing: "responses file not found")
            .mapError { DiagnosticsError([$0]) }.get()
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DiagnosticsError([ArticleText.notUTF8(data, displayPath: displayPath, what: "the responses file",
                                                        advice: "export it from the spreadsheet as 'CSV UTF-8'")])
        }
        // CRLF and lone CR line ends (inside quoted fields too) read as LF, so every record's line is right.
        return try parse(LineEnds.normalized(text), displayPath: displayPath, itemCount: itemCount)
    }

    /// Parses CSV text (see ``load(_:displayPath:itemCount:)``).
    package static func parse(_ text: String, displayPath: String, itemCount: Int) throws -> ClassResponses {
        func problem(_ line: Int, _ message: String) -> Diagnostic {
            Diagnostic(file: displayPath, line: line, message: message)
        }
        let records: [CSVRecords.Record]
        do {
            records = try CSVRecords.parse(text)
        } catch .unclosedQuote(let line) {
            throw DiagnosticsError([problem(line, "a quoted field is never closed")])
        } catch .textAfterQuote(let line) {
            throw DiagnosticsError([problem(line, "text after a closing quote; double a quote inside a quoted field (\"\")")])
        }
        let isBlank: (CSVRecords.Record) -> Bool = { $0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        var rows = records
        while let first = rows.first, isBlank(first) { rows.removeFirst() }
        guard let header = rows.first else {
            throw DiagnosticsError([problem(0, "the responses file is empty; expected a header 'student,1,2,…'")])
        }
        var diagnostics: [Diagnostic] = []
        let expected = ["student"] + (1...max(1, itemCount)).map(String.init)
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        if names.first?.lowercased() != "student" {
            diagnostics.append(problem(header.line, "the first column must be 'student', found '\(names.first ?? "")'"))
        }
        if names.count != expected.count || Array(names.dropFirst()) != Array(expected.dropFirst()) {
            diagnostics.append(problem(header.line,
                "expected \(itemCount) question columns '1' to '\(itemCount)' after 'student' (form A has \(itemCount) questions), found \(names.count - 1): \(names.dropFirst().joined(separator: ","))"))
        }
        var students: [ClassResponses.Student] = []
        var seen: [String: Int] = [:]
        for row in rows.dropFirst() {
            if isBlank(row) { continue }
            // Rows as wide as a wrong header follow it: the header's message covers them.
            if row.fields.count != expected.count && row.fields.count == header.fields.count { continue }
            guard row.fields.count == expected.count else {
                diagnostics.append(problem(row.line, "expected \(expected.count) fields (student and \(itemCount) answers), found \(row.fields.count)"))
                continue
            }
            let name = row.fields[0].trimmingCharacters(in: .whitespaces)
            if name.isEmpty {
                diagnostics.append(problem(row.line, "the student name is empty, but the row has answers; write the name, or delete the row"))
                continue
            }
            if let unusable = StudentName.problem(name) {
                diagnostics.append(problem(row.line, unusable))
                continue
            }
            if let first = seen[name] {
                diagnostics.append(problem(row.line, "student '\(name)' already has a row on line \(first)"))
                continue
            }
            seen[name] = row.line
            students.append(.init(name: name, answers: row.fields.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }))
        }
        if diagnostics.isEmpty && students.isEmpty {
            diagnostics.append(problem(header.line, "no students: the file has a header but no rows"))
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return ClassResponses(students: students)
    }
}

/// Why a student name from a responses file cannot be a student's name, if it cannot.
enum StudentName {
    /// What Excel and LibreOffice show in a cell whose formula failed.
    static let errorValues: Set<String> = ["#N/A", "#REF!", "#NAME?", "#VALUE!", "#DIV/0!", "#NULL!", "#NUM!",
                                           "#SPILL!", "#CALC!", "ERR:502", "ERR:504", "ERR:508", "ERR:522"]

    static func problem(_ name: String) -> String? {
        if name.lowercased() == "student" {
            return "this row repeats the header (two exports pasted together?); delete it"
        }
        if name.contains("\u{FFFD}") {
            return "student name '\(name)' contains '\u{FFFD}', left where a letter was lost by saving in another encoding; export the file again as 'CSV UTF-8'"
        }
        if let control = name.unicodeScalars.first(where: { CharacterSet.controlCharacters.contains($0) }) {
            let hex = String(control.value, radix: 16, uppercase: true)
            return "student name contains a control character (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)); retype the name"
        }
        if errorValues.contains(name.uppercased()) {
            return "student name '\(name)' is a spreadsheet error value, not a name; fix the cell in the spreadsheet, then export again"
        }
        if !name.contains(where: \.isLetter) {
            return "student name '\(name)' has no letters; write the student's name, or delete the row"
        }
        return nil
    }
}

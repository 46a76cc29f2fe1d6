import Foundation
import PacketModel

/// Reads a class's answers to quiz form A from CSV: a header `student,1,2,…,N` (question numbers
/// of form A), then one row per student with one answer per question (blank when unanswered).
public enum ResponsesLoader {
    /// Loads and checks the file against a form of `itemCount` questions; throws
    /// ``DiagnosticsError`` naming the file and line of every problem.
    public static func load(_ url: URL, displayPath: String, itemCount: Int) throws -> ClassResponses {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticsError([Diagnostic(file: displayPath, message: "responses file not found")])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DiagnosticsError([ArticleText.notUTF8(data, displayPath: displayPath, what: "the responses file",
                                                        advice: "export it from the spreadsheet as 'CSV UTF-8'")])
        }
        return try parse(text, displayPath: displayPath, itemCount: itemCount)
    }

    /// Parses CSV text (see ``load(_:displayPath:itemCount:)``).
    public static func parse(_ text: String, displayPath: String, itemCount: Int) throws -> ClassResponses {
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
        var rows = records
        while let last = rows.last, last.fields == [""] { rows.removeLast() }
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
            if row.fields == [""] {
                diagnostics.append(problem(row.line, "blank line; remove it"))
                continue
            }
            guard row.fields.count == expected.count else {
                diagnostics.append(problem(row.line, "expected \(expected.count) fields (student and \(itemCount) answers), found \(row.fields.count)"))
                continue
            }
            let name = row.fields[0].trimmingCharacters(in: .whitespaces)
            if name.isEmpty {
                diagnostics.append(problem(row.line, "the student name is empty"))
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

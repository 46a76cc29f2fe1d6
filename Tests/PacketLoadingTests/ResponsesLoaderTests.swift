import PacketLoading
import PacketModel
import Testing

@Suite("Reading a class's responses")
struct ResponsesLoaderTests {
    func problems(_ csv: String, items: Int = 3) -> [String] {
        do {
            _ = try ResponsesLoader.parse(csv, displayPath: "class.csv", itemCount: items)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("a well-formed file gives one row per student with trimmed answers, quotes and a BOM handled")
    func wellFormed() throws {
        let csv = "\u{FEFF}student,1,2,3\r\nAna, B ,True,18\r\n\"Lind, Bo\",\"C\",,\"x\"\"y\"\r\n\r\n"
        let responses = try ResponsesLoader.parse(csv, displayPath: "class.csv", itemCount: 3)
        #expect(responses.students.map(\.name) == ["Ana", "Lind, Bo"])
        #expect(responses.students[0].answers == ["B", "True", "18"])
        #expect(responses.students[1].answers == ["C", "", "x\"y"])
    }

    @Test("a header with too few question columns is reported on line 1")
    func missingColumns() {
        #expect(problems("student,1,2\nAna,A,B\n") == [
            "class.csv:1: error: expected 3 question columns '1' to '3' after 'student' (form A has 3 questions), found 2: 1,2",
            "class.csv:2: error: expected 4 fields (student and 3 answers), found 3",
        ])
    }

    @Test("a row with an extra field is reported on its line")
    func extraColumn() {
        #expect(problems("student,1,2,3\nAna,A,B,C\nBo,A,B,C,D\n") == ["class.csv:3: error: expected 4 fields (student and 3 answers), found 5"])
    }

    @Test("a blank line between rows, a repeated student and an empty name are each reported")
    func rowProblems() {
        #expect(problems("student,1,2,3\nAna,A,B,C\n\nAna,A,B,C\n,A,B,C\n") == [
            "class.csv:3: error: blank line; remove it",
            "class.csv:4: error: student 'Ana' already has a row on line 2",
            "class.csv:5: error: the student name is empty",
        ])
    }

    @Test("an unclosed quote is reported where its record starts")
    func unclosedQuote() {
        #expect(problems("student,1,2,3\nAna,\"A,B,C\n") == ["class.csv:2: error: a quoted field is never closed"])
    }

    @Test("a file with only a header has no students")
    func noStudents() {
        #expect(problems("student,1,2,3\n") == ["class.csv:1: error: no students: the file has a header but no rows"])
    }
}

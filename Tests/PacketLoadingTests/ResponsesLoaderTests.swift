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

    @Test("a header with too few question columns is reported on line 1, once, not again for every row as wide as it")
    func missingColumns() {
        #expect(problems("student,1,2\nAna,A,B\nBo,A\n") == [
            "class.csv:1: error: expected 3 question columns '1' to '3' after 'student' (form A has 3 questions), found 2: 1,2",
            "class.csv:3: error: expected 4 fields (student and 3 answers), found 2",
        ])
    }

    @Test("a row with an extra field is reported on its line")
    func extraColumn() {
        #expect(problems("student,1,2,3\nAna,A,B,C\nBo,A,B,C,D\n") == ["class.csv:3: error: expected 4 fields (student and 3 answers), found 5"])
    }

    @Test("a repeated student and an empty name are each reported on their own lines; blank rows between them are skipped")
    func rowProblems() {
        #expect(problems("student,1,2,3\nAna,A,B,C\n\n,,,\nAna,A,B,C\n,A,B,C\n") == [
            "class.csv:5: error: student 'Ana' already has a row on line 2",
            "class.csv:6: error: the student name is empty, but the row has answers; write the name, or delete the row",
        ])
    }

    @Test("names that cannot be a student's are reported: an error value, no letters, a lost letter, a control character, a repeated header")
    func unusableNames() {
        #expect(problems("student,1\n#REF!,A\n1234,A\nJos\u{FFFD},A\nAn\u{7}a,A\nStudent,1\n", items: 1) == [
            "class.csv:2: error: student name '#REF!' is a spreadsheet error value, not a name; fix the cell in the spreadsheet, then export again",
            "class.csv:3: error: student name '1234' has no letters; write the student's name, or delete the row",
            "class.csv:4: error: student name 'Jos\u{FFFD}' contains '\u{FFFD}', left where a letter was lost by saving in another encoding; export the file again as 'CSV UTF-8'",
            "class.csv:5: error: student name contains a control character (U+0007); retype the name",
            "class.csv:6: error: this row repeats the header (two exports pasted together?); delete it",
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

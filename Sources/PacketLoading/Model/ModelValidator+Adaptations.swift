import Foundation
import PacketModel
import PlainText

extension ModelValidator {
    /// Checks each adaptation against the article: it covers every body paragraph (adapted, or
    /// left out with a reason), states no number, name or quotation its original paragraph does
    /// not, keeps at least 40 % of the original's words, and reads at its band's grade (a warning).
    func checkAdaptations(_ model: ArticleModel) {
        guard !model.adaptations.isEmpty else { return }
        let original = Dictionary(uniqueKeysWithValues: model.paragraphs.map { ($0.number, $0.text) })
        let articleWords = model.paragraphs.map { PassageWords($0.text) }
        // A capitalised word the article also capitalises inside a sentence is a name wherever it stands.
        let properNouns = Set(articleWords.flatMap { $0.capitalised.filter { !$0.startsSentence }.map(\.word) })
        let modelNames = Set(model.entities.flatMap { $0.allNames.flatMap(Self.nameWords) })
        // The figures the model reads in each paragraph, as the editor wrote them (`as_written`):
        // an adaptation may state those, even where the original misprints one ("$65 millionto").
        var figures: [Int: Set<Double>] = [:]
        for statistic in model.statistics {
            guard let paragraph = statistic.location?.paragraph else { continue }
            figures[paragraph, default: []].formUnion(NumberMentions.values(in: statistic.asWritten))
        }
        for adaptation in model.adaptations {
            let bandPath = "adaptations.\(adaptation.band)"
            let label = "adaptation '\(adaptation.band)'"
            let covered = Set(adaptation.paragraphs.map(\.number))
            let missing = model.paragraphs.map(\.number).filter { !covered.contains($0) }
            if !missing.isEmpty {
                sink.error("\(label) has nothing for " + missing.map { "¶\($0)" }.joined(separator: ", ")
                           + ": adapt every body paragraph, or leave one out with `N: { omit: \"why\" }`",
                           at: mark("\(bandPath).paragraphs"))
            }
            var adaptedWords = 0, originalWords = 0
            var scores: [(number: Int, grade: Double)] = []
            for entry in adaptation.paragraphs {
                let path = "\(bandPath).paragraphs.\(entry.number)"
                guard let source = original[entry.number] else {
                    sink.error("\(label): the article has no ¶\(entry.number) (its body paragraphs are ¶1–¶\(model.paragraphs.count))",
                               at: mark(path))
                    continue
                }
                guard entry.omitted == nil else { continue }
                let text = entry.text.joined(separator: "\n")
                let measured = Readability.measure(text)
                adaptedWords += measured.words
                originalWords += Readability.wordCount(source)
                scores.append((entry.number, measured.fleschKincaidGrade))
                checkNumbers(text, against: source, figures: figures[entry.number] ?? [], label: "\(label) ¶\(entry.number)", at: path)
                checkNames(text, against: source, label: "\(label) ¶\(entry.number)", at: path,
                           properNouns: properNouns, modelNames: modelNames,
                           glossary: Set(adaptation.glossary.flatMap { Self.nameWords($0.term) }))
                checkQuotations(text, against: source, label: "\(label) ¶\(entry.number)", at: path)
            }
            if originalWords > 0, Double(adaptedWords) < 0.4 * Double(originalWords) {
                let share = Int((100 * Double(adaptedWords) / Double(originalWords)).rounded())
                sink.error("\(label) keeps \(share) % of the words of the paragraphs it adapts (\(adaptedWords) of \(originalWords)): "
                           + "an adaptation keeps at least 40 %; it is not a summary", at: mark(bandPath))
            }
            let whole = adaptation.adaptedParagraphs.flatMap(\.text).joined(separator: "\n")
            if let range = adaptation.gradeRange, !whole.isEmpty {
                let grade = Readability.measure(whole).fleschKincaidGrade
                if !range.contains(grade) {
                    let tooHard = grade > range.upperBound
                    let named = scores.sorted { tooHard ? $0.grade > $1.grade : $0.grade < $1.grade }.prefix(3)
                        .map { "¶\($0.number) (\(Self.oneDecimal($0.grade)))" }.joined(separator: ", ")
                    sink.warning("\(label) reads at grade \(Self.oneDecimal(grade)) (Flesch–Kincaid), outside its band "
                                 + "\(Self.oneDecimal(range.lowerBound))–\(Self.oneDecimal(range.upperBound)); the "
                                 + (tooHard ? "hardest" : "easiest") + " paragraphs: \(named)", at: mark(bandPath))
                }
            }
        }
    }

    private func checkNumbers(_ text: String, against source: String, figures: Set<Double>, label: String, at path: String) {
        let stated = NumberMentions.values(in: source).union(figures)
        for value in NumberMentions.values(in: text).sorted() where !stated.contains(value) {
            sink.error("\(label) states the number \(Self.number(value)), which the original paragraph does not "
                       + "(nor any figure the model reads there): an adaptation adds no number", at: mark(path))
        }
    }

    private func checkNames(_ text: String, against source: String, label: String, at path: String,
                            properNouns: Set<String>, modelNames: Set<String>, glossary: Set<String>) {
        let inParagraph = PassageWords(source).words
        var reported: Set<String> = []
        for word in PassageWords(text).capitalised {
            guard !word.startsSentence || properNouns.contains(word.word) || modelNames.contains(word.word) else { continue }
            let parts = [word.word] + word.word.split(separator: "-").map(String.init)
            let known = parts.contains { inParagraph.contains($0) || modelNames.contains($0) || glossary.contains($0)
                || PassageWords.notNames.contains($0) }
            if !known && reported.insert(word.word).inserted {
                sink.error("\(label) names '\(word.word)', which is neither in the model's people, organisations and "
                           + "places nor in the original paragraph: an adaptation adds no name", at: mark(path))
            }
        }
    }

    private func checkQuotations(_ text: String, against source: String, label: String, at path: String) {
        let original = NormalizedText(source).string
        for span in PassageWords(text).quoted {
            let parts = NormalizedText(span).string.components(separatedBy: "...")
                .map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }.filter { !$0.isEmpty }
            var rest = original[...]
            let inOrder = parts.allSatisfy { part in
                guard let range = rest.range(of: part) else { return false }
                rest = rest[range.upperBound...]
                return true
            }
            if !inOrder {
                sink.error("\(label) puts “\(span)” in quotation marks, but these are not the original paragraph's words: "
                           + "quote the article exactly, or drop the quotation marks", at: mark(path))
            }
        }
    }

    /// The words of a name, for looking up capitalised words: `Abu Bakr al-Baghdadi` → Abu, Bakr,
    /// al-Baghdadi, al, Baghdadi.
    static func nameWords(_ name: String) -> [String] {
        PassageWords(name).words.sorted()
    }

    static func oneDecimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) + ".0" : String(rounded)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

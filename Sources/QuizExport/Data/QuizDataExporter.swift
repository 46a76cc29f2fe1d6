import Foundation
import PacketModel

/// Writes `teacher/quiz.json`: the audience's item bank and forms as data, for people and tools.
/// Its shape is published as a JSON Schema in `seeds/quiz.schema.json`.
///
/// Every form holds the same items laid out the same way, so each item's `key` serves every
/// form; `forms` lists the item ids in each form's order. `key` is what a student writes when
/// right (a letter, letters in order, a number, a word), `null` for rubric-marked items.
package struct QuizDataExporter: PacketRenderer {
    package var name: String { "quiz-data" }
    static let path = "teacher/quiz.json"

    package init() {}

    struct Document: Encodable {
        var article: String
        var audience: String
        var forms: [String: [String]]
        var items: [Item]
    }

    /// An item's key: written as `null` for an essay rather than left out.
    struct Key: Encodable {
        var text: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let text { try container.encode(text) } else { try container.encodeNil() }
        }
    }

    struct Part: Encodable {
        var label: String
        var stem: String
        var options: [String]
        var key: String
    }

    struct Item: Encodable {
        var id: String
        var type: String
        var skill: String
        var dok: Int
        var bloom: String
        var standard: String?
        var points: Int
        var stem: String
        var options: [String]
        var key: Key
        var paragraphs: [Int]
        var support: [String]
        var rubric: [RubricCriterion]?
        var explanation: String
        var parts: [Part]?
        var prompts: [String]?
        var accept: [String]?
        var tolerance: Double?
    }

    package func render(_ input: RenderInput) throws -> RenderOutput {
        let document = Document(
            article: input.article.id, audience: input.audience.name,
            forms: Dictionary(uniqueKeysWithValues: input.quiz.forms.map { ($0.name, $0.items.map(\.id)) }),
            items: input.quiz.bank.map { Self.item($0, standards: input.audience.quiz.standards) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document) + Data("\n".utf8)
        return RenderOutput(files: [PacketFile(path: Self.path, data: data)])
    }

    static func item(_ item: QuizItem, standards: [QuizSkill: String]) -> Item {
        var entry = Item(id: item.id, type: item.type.rawValue, skill: item.skill.rawValue, dok: item.dok,
                         bloom: item.bloom.rawValue, standard: standards[item.skill], points: item.points,
                         stem: item.stem, options: item.options, key: Key(text: item.responseKey), paragraphs: item.paragraphs,
                         support: item.support.map(\.text), rubric: item.rubric.isEmpty ? nil : item.rubric,
                         explanation: item.feedback)
        switch item.answer {
        case .parts:
            entry.parts = item.parts.enumerated().map { index, part in
                Part(label: QuizPart.label(index), stem: LinkedParts.strippedLabel(part.stem), options: part.options,
                     key: QuizItem.letter(part.answer))
            }
        case .matching(let pairs):
            entry.prompts = pairs.map(\.prompt)
        case .text(let accepted):
            entry.accept = Array(accepted.dropFirst())
        case .number(_, let tolerance):
            entry.tolerance = tolerance
        case .choice, .ordering, .rubric:
            break
        }
        return entry
    }
}

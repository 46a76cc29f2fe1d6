import Foundation
import PacketModel
import Templating

/// What the `quiz-form` and `answer-key` templates can show for one form.
///
/// Student copy (`quiz-form`): `title`, `audience`, `form`, `count`, `rule` (a line to write on, three columns narrower than the page),
/// and `items`, each with `number`, `stem`, `instruction`, `choices` (`letter`, `text`),
/// `prompts` (`number`, `text`; matching items), and the flags `writeIn` (an answer line) and
/// `essay` (room to write).
///
/// Answer key (`answer-key`): `title`, `audience`, `form`, `count` and `items`, each with
/// `number`, `stem`, `answer`, `explanation` (ending with its citation), `citation` and `rubric` (`criterion`, `points`,
/// `description`).
struct PrintedQuizContext {
    var input: RenderInput
    var form: QuizForm

    static let studentShape = TemplateShape.record([
        "title": .text, "audience": .text, "form": .text, "count": .text, "rule": .text,
        "items": .list(.record([
            "number": .text, "stem": .text, "instruction": .text,
            "choices": .list(.record(["letter": .text, "text": .text])),
            "prompts": .list(.record(["number": .text, "text": .text])),
            "writeIn": .flag, "essay": .flag,
        ])),
    ])

    static let keyShape = TemplateShape.record([
        "title": .text, "audience": .text, "form": .text, "count": .text,
        "items": .list(.record([
            "number": .text, "stem": .text, "answer": .text, "explanation": .text, "citation": .text,
            "rubric": .list(.record(["criterion": .text, "points": .text, "description": .text])),
        ])),
    ])

    private var header: [String: TemplateValue] {
        ["title": .text(input.article.metadata.title), "audience": .text(input.audience.displayName),
         "form": .text(form.name), "count": .text(String(form.items.count))]
    }

    var studentCopy: TemplateValue {
        var values = header
        values["rule"] = .text(String(repeating: "_", count: max(10, min(input.audience.lineWidth - 3, 69))))
        values["items"] = .list(form.items.enumerated().map { studentItem($0.element, number: $0.offset + 1) })
        return .record(values)
    }

    var answerKey: TemplateValue {
        var values = header
        values["items"] = .list(form.items.enumerated().map { keyItem($0.element, number: $0.offset + 1) })
        return .record(values)
    }

    private func studentItem(_ item: QuizItem, number: Int) -> TemplateValue {
        let lettered = TemplateValue.list(item.options.enumerated().map {
            .record(["letter": .text(QuizItem.letter($0.offset)), "text": line($0.element)])
        })
        var prompts = TemplateValue.list([])
        var choices = TemplateValue.list([])
        let instruction: String
        var writeIn = false
        switch item.answer {
        case .choice:
            choices = lettered
            instruction = "Circle one letter."
        case .number:
            instruction = "Write a number."
            writeIn = true
        case .text:
            instruction = "Write a word or a short phrase."
            writeIn = true
        case .matching(let pairs):
            choices = lettered
            prompts = .list(pairs.enumerated().map {
                .record(["number": .text(String($0.offset + 1)), "text": line($0.element.prompt)])
            })
            instruction = "Write the letter of its match on the line after each."
        case .ordering:
            choices = lettered
            instruction = "Write the letters in order, first to last."
            writeIn = true
        case .rubric:
            instruction = "Write a paragraph. Cite paragraphs like [¶3]."
        }
        return .record([
            "number": .text(String(number)), "stem": line(item.stem), "instruction": .text(instruction),
            "choices": choices, "prompts": prompts, "writeIn": .flag(writeIn), "essay": .flag(item.answer == .rubric),
        ])
    }

    private func keyItem(_ item: QuizItem, number: Int) -> TemplateValue {
        .record([
            "number": .text(String(number)), "stem": line(item.stem), "answer": line(Self.answer(item)),
            "explanation": line(item.feedback), "citation": .text(item.citation),
            "rubric": .list(item.rubric.map {
                .record(["criterion": line($0.criterion), "points": .text(String($0.points)),
                         "description": line($0.description)])
            }),
        ])
    }

    /// Text on one line: each printed question, option and explanation is one paragraph that the
    /// page width rewraps, so its own tabs and line breaks become spaces.
    private func line(_ text: String) -> TemplateValue { .text(TabSeparated.field(text)) }

    /// The answer as a teacher marks it: the response key and what it stands for.
    static func answer(_ item: QuizItem) -> String {
        switch item.answer {
        case .choice(let index):
            let text = item.options.indices.contains(index) ? " (\(item.options[index]))" : ""
            return QuizItem.letter(index) + text
        case .number(let value, let tolerance):
            guard tolerance > 0 else { return QuizItem.format(value) }
            return "\(QuizItem.format(value)) (accept \(QuizItem.format(value - tolerance)) to \(QuizItem.format(value + tolerance)))"
        case .text(let accepted):
            guard let first = accepted.first else { return "" }
            let others = accepted.dropFirst()
            return others.isEmpty ? first : "\(first) (also accept: \(others.joined(separator: "; ")))"
        case .matching(let pairs):
            return pairs.enumerated().map { offset, pair in
                "\(offset + 1)-" + (item.options.firstIndex(of: pair.match).map(QuizItem.letter) ?? "?")
            }.joined(separator: ", ")
        case .ordering:
            return item.responseKey ?? ""
        case .rubric:
            return "Marked with the rubric."
        }
    }
}

import Foundation
import PacketModel
import Templating

/// What the `quiz-form` and `answer-key` templates can show for one form.
///
/// Student copy (`quiz-form`): `title`, `audience`, `form`, `count`, `rule` (a line to write on, three columns narrower than the page),
/// and `items`, each with `number`, `stem`, `instruction`, `choices` (`letter`, `text`),
/// `prompts` (`number`, `text`; matching items), `parts` (two-part items: `label`, `stem`,
/// `choices`), and the flags `writeIn` (an answer line) and `essay` (room to write).
///
/// Answer key (`answer-key`): `title`, `audience`, `form`, `count`, `points` (the form's total) and
/// `items`, each with `number`, `stem`, `answer`, `explanation` (ending with its citation),
/// `citation`, `skill`, `dok`, `points` (`1 point`, `20 points`), `standard` (optional), `parts`
/// (two-part items: `label`, `stem`, `answer`) and `rubric` (`criterion`, `points`, `description`).
struct PrintedQuizContext {
    var input: RenderInput
    var form: QuizForm

    static let choices = TemplateShape.list(.record(["letter": .text, "text": .text]))

    static let studentShape = TemplateShape.record([
        "title": .text, "audience": .text, "form": .text, "count": .text, "rule": .text,
        "items": .list(.record([
            "number": .text, "stem": .text, "instruction": .text,
            "choices": choices,
            "prompts": .list(.record(["number": .text, "text": .text])),
            "parts": .list(.record(["label": .text, "stem": .text, "choices": choices])),
            "writeIn": .flag, "essay": .flag,
        ])),
    ])

    static let keyShape = TemplateShape.record([
        "title": .text, "audience": .text, "form": .text, "count": .text, "points": .text,
        "items": .list(.record([
            "number": .text, "stem": .text, "answer": .text, "explanation": .text, "citation": .text,
            "skill": .text, "dok": .text, "points": .text, "standard": .text,
            "parts": .list(.record(["label": .text, "stem": .text, "answer": .text])),
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
        values["points"] = .text(Self.points(form.items.reduce(0) { $0 + $1.points }))
        values["items"] = .list(form.items.enumerated().map { keyItem($0.element, number: $0.offset + 1) })
        return .record(values)
    }

    private func lettered(_ options: [String]) -> TemplateValue {
        .list(options.enumerated().map { .record(["letter": .text(QuizItem.letter($0.offset)), "text": line($0.element)]) })
    }

    private func studentItem(_ item: QuizItem, number: Int) -> TemplateValue {
        var prompts = TemplateValue.list([])
        var choices = TemplateValue.list([])
        var parts = TemplateValue.list([])
        let instruction: String
        var writeIn = false
        switch item.answer {
        case .choice:
            choices = lettered(item.options)
            instruction = "Circle one letter."
        case .number:
            instruction = "Write a number."
            writeIn = true
        case .text:
            instruction = "Write a word or a short phrase."
            writeIn = true
        case .matching(let pairs):
            choices = lettered(item.options)
            prompts = .list(pairs.enumerated().map {
                .record(["number": .text(String($0.offset + 1)), "text": line($0.element.prompt)])
            })
            instruction = "Write the letter of its match on the line after each."
        case .ordering:
            choices = lettered(item.options)
            instruction = "Write the letters in order, first to last."
            writeIn = true
        case .parts:
            parts = .list(item.parts.enumerated().map { index, part in
                .record(["label": .text(QuizPart.label(index)), "stem": line(Self.unlabelled(part.stem)),
                         "choices": lettered(part.options)])
            })
            instruction = "Circle one letter in each part."
        case .rubric:
            instruction = "Write a paragraph. Cite paragraphs like [¶3]."
        }
        return .record([
            "number": .text(String(number)), "stem": line(item.stem), "instruction": .text(instruction),
            "choices": choices, "prompts": prompts, "parts": parts, "writeIn": .flag(writeIn),
            "essay": .flag(item.answer == .rubric),
        ])
    }

    private func keyItem(_ item: QuizItem, number: Int) -> TemplateValue {
        .record([
            "number": .text(String(number)), "stem": line(item.stem), "answer": line(Self.answer(item)),
            "explanation": line(item.feedback), "citation": .text(item.citation),
            "skill": .text(item.skill.label), "dok": .text(String(item.dok)), "points": .text(Self.points(item.points)),
            "standard": .text(input.audience.quiz.standards[item.skill] ?? ""),
            "parts": .list(item.parts.enumerated().map { index, part in
                .record(["label": .text(QuizPart.label(index)), "stem": line(Self.unlabelled(part.stem)),
                         "answer": line(Self.choice(part.answer, of: part.options))])
            }),
            "rubric": .list(item.rubric.map {
                .record(["criterion": line($0.criterion), "points": .text(String($0.points)),
                         "description": line($0.description)])
            }),
        ])
    }

    /// Text on one line: each printed question, option and explanation is one paragraph that the
    /// page width rewraps, so its own tabs and line breaks become spaces.
    private func line(_ text: String) -> TemplateValue { .text(TabSeparated.field(text)) }

    /// `1 point`, `20 points`.
    static func points(_ n: Int) -> String { "\(n) point\(n == 1 ? "" : "s")" }

    /// A part's question without its `Part A: ` label (the template prints the label).
    static func unlabelled(_ stem: String) -> String { LinkedParts.strippedLabel(stem) }

    /// `C (the option's text)`.
    static func choice(_ index: Int, of options: [String]) -> String {
        let text = options.indices.contains(index) ? " (\(options[index]))" : ""
        return QuizItem.letter(index) + text
    }

    /// A number as a teacher reads it: thousands separated by commas when it has five digits or more
    /// (`300,000,000`, but `2017` and `1250` stay as written).
    static func grouped(_ value: Double) -> String {
        let plain = QuizItem.format(value)
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1).map(String.init)
        guard let whole = parts.first, whole.count >= 5, whole.allSatisfy(\.isNumber) else { return plain }
        var digits = Array(whole), out = ""
        while digits.count > 3 { out = "," + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return (negative ? "-" : "") + String(digits) + out + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// The answer as a teacher marks it: the response key and what it stands for.
    static func answer(_ item: QuizItem) -> String {
        switch item.answer {
        case .choice(let index):
            return choice(index, of: item.options)
        case .number(let value, let tolerance):
            // A teacher reads 300,000,000 at a glance; a student may write it with or without commas.
            guard tolerance > 0 else { return grouped(value) }
            return "\(grouped(value)) (accept \(grouped(value - tolerance)) to \(grouped(value + tolerance)))"
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
        case .parts(let answers):
            return zip(answers.indices, answers).map { "\(QuizPart.label($0.0)): \(QuizItem.letter($0.1))" }
                .joined(separator: "; ")
        case .rubric:
            return "Marked with the rubric."
        }
    }
}

import Foundation

/// A hand-made answer sheet: what a careful reader finds in one article of the draft corpus
/// (`Tests/DraftingTests/Fixtures/corpus/<id>/answer.json`; the format and the matching rules are in
/// that folder's README). Every string it quotes is the article's exact words.
package struct AnswerSheet: Decodable, Sendable {
    /// news, opinion, speech, science, explainer or data-report.
    package var kind: String
    /// True when the article argues for a point (its main point is a thesis, not a lede).
    package var argued: Bool
    /// The publication date the text itself prints (a dateline or "Updated …"), or `nil` when it prints none.
    package var publishedInText: String?
    /// Sentences any of which states the thesis (argued) or the lede (news).
    package var mainPoint: [String]
    package var statistics: [Figure]
    package var people: [Name]
    package var organizations: [Name]
    package var places: [Name]
    package var quotes: [Quotation]
    package var events: [Event]
    /// Sentences that state a view against the thesis.
    package var opposingView: [String]

    package struct Figure: Decodable, Sendable {
        /// The figure's words as printed, with enough context to say which mention it is.
        package var asWritten: String
        package var value: Value
        package var unit: String
        package var measures: String

        enum CodingKeys: String, CodingKey { case asWritten = "as_written", value, unit, measures }
    }

    /// A number, or a range `{"min": …, "max": …}` whose `max` may be left out (open above).
    package enum Value: Decodable, Sendable, Equatable {
        case exact(Double)
        case range(min: Double, max: Double?)

        private struct Bounds: Decodable { var min: Double; var max: Double? }

        package init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .exact(number)
            } else {
                let bounds = try container.decode(Bounds.self)
                self = .range(min: bounds.min, max: bounds.max)
            }
        }
    }

    package struct Name: Decodable, Sendable {
        package var name: String
        package var aliases: [String]
        package var allNames: [String] { [name] + aliases }
    }

    package struct Quotation: Decodable, Sendable {
        /// The quoted words (or the start of them), exactly as printed.
        package var text: String
        /// The `name` of a person or organisation of this sheet.
        package var speaker: String
    }

    package struct Event: Decodable, Sendable {
        /// YYYY, YYYY-MM or YYYY-MM-DD.
        package var date: String
        package var excerpt: String
    }

    enum CodingKeys: String, CodingKey {
        case kind, argued, publishedInText = "published_in_text", mainPoint = "main_point", statistics, people,
             organizations, places, quotes, events, opposingView = "opposing_view"
    }

    /// Every name of the person or organisation called `speaker` (just `speaker` when the sheet lists none).
    package func names(of speaker: String) -> [String] {
        (people + organizations + places).first { $0.name == speaker }?.allNames ?? [speaker]
    }
}

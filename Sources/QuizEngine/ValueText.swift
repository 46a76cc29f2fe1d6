import Foundation
import PacketModel

/// Numbers and dates written the same way in every option, and read back for ordering and checking.
enum ValueText {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// `1,800`, `18%`, `2.5`: a number with thousands separators, `%` for percentages.
    static func number(_ value: Double, percent: Bool = false) -> String {
        let text = grouped(value)
        return percent ? text + "%" : text
    }

    /// A statistic's value with its unit, for sentences: `18%`, `1,800 people`, `9 months`.
    static func quantity(_ value: Double, unit: String) -> String {
        if unit == "percent" { return number(value, percent: true) }
        return number(value) + " " + unit
    }

    /// `2014`, `June 2014` or `July 9, 2017`, as precise as the date is known.
    static func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        let name = monthNames[month - 1]
        guard let day = date.day else { return "\(name) \(date.year)" }
        return "\(name) \(day), \(date.year)"
    }

    /// Reads back a number written by ``number(_:percent:)`` (commas and `%` allowed).
    static func parseNumber(_ text: String) -> Double? {
        // An ASCII character other than these stays after trimming and is not part of a number:
        // most options are words, and Foundation's trimming is slow.
        guard !text.utf8.contains(where: { $0 < 0x80 && !Self.numberBytes.contains($0) }) else { return nil }
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") { t.removeLast() }
        t = t.replacingOccurrences(of: ",", with: "")
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        return Double(t)
    }

    /// The ASCII bytes a number may hold before ``parseNumber(_:)`` trims it: digits, `.`, `-`, `,`, `%`, space, tab.
    private static let numberBytes: Set<UInt8> = Set(Array("0123456789.-,% \t".utf8))

    /// Reads back a date written by ``date(_:)``.
    static func parseDate(_ text: String) -> PartialDate? {
        let words = text.filter { $0 != "," }.split(separator: " ").map(String.init)
        switch words.count {
        case 1:
            guard !text.contains(","), words[0].count == 4, let y = Int(words[0]) else { return nil }
            return PartialDate(year: y)
        case 2:
            guard let m = monthNames.firstIndex(of: words[0]), let y = Int(words[1]) else { return nil }
            return PartialDate(year: y, month: m + 1)
        case 3:
            guard let m = monthNames.firstIndex(of: words[0]), let d = Int(words[1]), let y = Int(words[2]) else { return nil }
            return PartialDate(year: y, month: m + 1, day: d)
        default:
            return nil
        }
    }

    /// A value to sort an option by when it is a number (a bare year counts as one) or a date;
    /// `nil` for other text.
    static func sortKey(_ text: String) -> Double? {
        // Numbers start with a digit or a minus, dates with a digit or a month's name: most
        // options are neither, and are ruled out before the slower parsing.
        guard let first = text.unicodeScalars.first, first.isASCII else { return nil }
        if ("A"..."Z").contains(first) {
            let word = text.prefix { $0 != " " }
            guard monthNames.contains(where: { $0 == word }) else { return nil }
        } else if !(("0"..."9").contains(first) || first == "-") {
            return nil
        }
        if let number = parseNumber(text) { return number }
        return parseDate(text).map { Double($0.spreadsheetSerial) }
    }

    /// True when every option is a number or a date and they stand in ascending order:
    /// such items keep their order on every form.
    static func isAscending(_ options: [String]) -> Bool {
        guard options.count > 1 else { return false }
        var previous: Double?
        for option in options {
            // The first option that is neither number nor date settles it.
            guard let key = sortKey(option) else { return false }
            if let previous, !(previous < key) { return false }
            previous = key
        }
        return true
    }

    private static func grouped(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let negative = rounded < 0
        let magnitude = abs(rounded)
        guard magnitude < 1e15 else { return String(value) }
        let whole = magnitude.rounded(.down)
        var digits = String(Int64(whole))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        var text = groups.joined(separator: ",")
        let fraction = magnitude - whole
        if fraction > 0.0001 {
            let cents = Int((fraction * 100).rounded())
            text += cents % 10 == 0 ? ".\(cents / 10)" : (cents < 10 ? ".0\(cents)" : ".\(cents)")
        }
        return (negative ? "-" : "") + text
    }
}
